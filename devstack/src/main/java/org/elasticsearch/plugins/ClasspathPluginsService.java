package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PluginsService} that instantiates the given plugin classes from the application class loader: no plugin
 * directories, no module layers. Lives in Elasticsearch's package for access to {@code LoadedPlugin}.
 */
public class ClasspathPluginsService extends PluginsService {
    private final List<LoadedPlugin> loaded;

    public ClasspathPluginsService(Settings settings, Environment environment,
                                   Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> plugins = new ArrayList<>();
        for (Class<? extends Plugin> type : pluginClasses) {
            Plugin plugin = loadPlugin(type, settings, environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(type.getName(), "classpath plugin " + type.getSimpleName(),
                    "NA", Build.current().version(), Integer.toString(Runtime.version().feature()), type.getName(),
                    null, List.of(), false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
            plugins.add(new LoadedPlugin(descriptor, plugin, ClasspathPluginsService.class.getClassLoader()));
        }
        loadExtensions(plugins);
        this.loaded = List.copyOf(plugins);
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return loaded;
    }
}
