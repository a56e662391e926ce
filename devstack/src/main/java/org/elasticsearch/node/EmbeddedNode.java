package org.elasticsearch.node;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;

/**
 * An Elasticsearch {@link Node} whose plugins are classes on the application classpath instead of plugin
 * directories. It lives in Elasticsearch's package because {@code NodeServiceProvider} is package-private
 * (a split package: fine on the classpath, not on the module path). Used only by newsflow's devstack.
 */
public class EmbeddedNode extends Node {

    public EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader loader) {
                return new ClasspathPluginsService(env.settings(), env, plugins);
            }
        }, true));
    }

    /**
     * The default listener records node and cluster ids in a JVM-wide {@code SetOnce}; a second node in the same JVM
     * (a test suite restarting the stack) would fail on it, so it is skipped here.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}
}
