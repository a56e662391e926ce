package io.newsflow.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bundled demo corpus, on the classpath under {@code demo-corpus/}: six hand-written articles on Russia–Armenia
 * relations (plain text and HTML, English and Russian, listed in {@code index.txt}), and short stories in English,
 * Russian and Armenian over eighteen months (June 2024 – November 2025) in {@code stories.yaml}, rendered here as
 * HTML pages of five invented outlets, with verbatim syndicated copies on other outlets {@link #COPY_DELAY} later.
 * Everything is written for this project and rendered deterministically (same bytes every run). The demo serves the
 * pages over HTTP ({@link DemoSite}): the hand-written ones in the site's own feed, each outlet's in its own feed.
 */
public final class DemoCorpus {
    static final String FOLDER = "/demo-corpus/";
    /** Feed name of the hand-written articles (the site's own feed, {@code /feed.xml}). */
    public static final String SITE_FEED = "site";
    /** How much later than the first report a syndicated copy is published. */
    static final Duration COPY_DELAY = Duration.ofHours(3);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DemoCorpus() {}

    /**
     * One page of the demo site.
     *
     * @param path        URL path on the demo site ({@code /news/...})
     * @param feed        the feed that lists it: {@link #SITE_FEED} or an outlet id
     * @param title       its headline
     * @param contentType its media type
     * @param body        its bytes
     */
    public record Page(String path, String feed, String title, String contentType, byte[] body) {}

    record Outlet(String id, String name, String host, String lang) {}

    record Story(LocalDate date, String outlet, String title, String text, List<String> copies) {
        Story {
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    record Stories(List<Outlet> outlets, List<Story> stories) {}

    /** The hand-written files' names, in the order the index lists them. */
    public static List<String> names() {
        return new String(read("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The outlets of the generated stories: id → display name. */
    public static Map<String, String> outlets() {
        return stories().outlets().stream().collect(Collectors.toMap(Outlet::id, Outlet::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Every page: the hand-written articles first, then each story and its copies, in the file's order. */
    public static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (String name : names()) {
            byte[] body = read(name);
            boolean html = name.endsWith(".html");
            pages.add(new Page("/news/" + name.substring(0, name.lastIndexOf('.')), SITE_FEED,
                    html ? DemoSite.htmlTitle(body) : DemoSite.textTitle(body),
                    html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body));
        }
        Stories s = stories();
        Map<String, Outlet> outlets = s.outlets().stream().collect(Collectors.toMap(Outlet::id, Function.identity()));
        for (int i = 0; i < s.stories().size(); i++) {
            Story story = s.stories().get(i);
            String slug = story.date() + "-" + (i + 1);
            ZonedDateTime published = story.date().atTime(12, 0).atZone(ZoneOffset.UTC);
            Outlet first = outlet(outlets, story.outlet(), story);
            pages.add(render(first, first, story, slug, published));
            for (String copy : story.copies()) {
                pages.add(render(outlet(outlets, copy, story), first, story, slug, published.plus(COPY_DELAY)));
            }
        }
        return pages;
    }

    private static Outlet outlet(Map<String, Outlet> outlets, String id, Story story) {
        Outlet o = outlets.get(id);
        if (o == null) throw new IllegalStateException("demo story '" + story.title() + "' names unknown outlet '" + id + "'");
        return o;
    }

    /** A story as {@code outlet}'s HTML page; a copy keeps the text of {@code original} word for word. */
    static Page render(Outlet outlet, Outlet original, Story story, String slug, ZonedDateTime published) {
        Document page = Document.createShell("https://" + outlet.host() + "/");
        page.outputSettings().prettyPrint(true);
        page.selectFirst("html").attr("lang", original.lang());
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(story.title() + " | " + outlet.name());
        head.appendElement("meta").attr("property", "og:site_name").attr("content", outlet.name());
        head.appendElement("meta").attr("property", "og:title").attr("content", story.title());
        head.appendElement("meta").attr("property", "article:published_time").attr("content", published.toOffsetDateTime().toString());
        head.appendElement("link").attr("rel", "canonical").attr("href", "https://" + outlet.host() + "/news/" + slug);
        Element body = page.body();
        body.appendElement("header").appendElement("a").attr("href", "/").text(outlet.name());
        Element article = body.appendElement("article");
        article.appendElement("h1").text(story.title());
        article.appendElement("p").addClass("dateline").text(published.toLocalDate().toString());
        for (String paragraph : story.text().strip().split("\\n\\s*\\n")) article.appendElement("p").text(paragraph.strip());
        body.appendElement("footer").text(outlet.name() + " — an invented outlet of the newsflow demo");
        return new Page("/news/" + outlet.id() + "/" + slug, outlet.id(), story.title(), "text/html; charset=utf-8",
                page.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    static Stories stories() {
        try {
            return YAML.readValue(read("stories.yaml"), Stories.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo-corpus/stories.yaml", e);
        }
    }

    /** One corpus file's bytes. */
    static byte[] read(String name) {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("demo corpus file " + name + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo corpus file " + name, e);
        }
    }
}
