package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a DOM tree into text blocks in reading order, in one pass: the text between two block-level boundaries
 * ({@code <p>}, {@code <div>}, {@code <li>}, headings, ...) is one block, owned by the innermost block-level element
 * around it. Works the same for pages that use {@code <p>} and for pages that put prose straight into {@code <div>}s.
 * A table row whose cells hold only inline content without line breaks is one block, its cells separated by
 * {@value #CELL_SEPARATOR}.
 * Each block knows how much of its text is link text and which links it holds. Soft hyphens are dropped.
 */
final class TextBlocks implements NodeVisitor {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead",
            "tr", "td", "th", "figure", "figcaption", "address", "hr", "center", "details", "summary", "fieldset",
            "aside", "nav", "body", "hgroup", "caption");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Table cells: one without block-level children is not a block of its own; its row is. */
    static final Set<String> CELLS = Set.of("td", "th");
    static final String CELL_SEPARATOR = " | ";
    /** U+00AD: dropped from the text, so that a hyphenated word is one word again. */
    static final char SOFT_HYPHEN = '\u00ad';

    /**
     * One block of text.
     *
     * @param text      whitespace-collapsed text
     * @param linkChars characters of it inside links
     * @param owner     the innermost block-level element around it
     * @param links     the {@code <a href>} elements in it, in order
     */
    record Block(String text, int linkChars, Element owner, List<Element> links) {
        boolean heading() {
            return HEADINGS.contains(owner.normalName());
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<Element> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private List<Element> links = new ArrayList<>();
    private int linkChars;
    private int inLink;
    /** Whether a table cell has opened in the current block (the next one is set off by {@link #CELL_SEPARATOR}). */
    private boolean inCell;

    private TextBlocks() {}

    static List<Block> of(Element root) {
        TextBlocks walker = new TextBlocks();
        walker.open.add(root);
        NodeTraversor.traverse(walker, root);
        walker.flush();
        return walker.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (CELLS.contains(tag) && simpleCell(e)) {
                if (text.length() > 0 && inCell) append(CELL_SEPARATOR);
                inCell = true;
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.add(e);
            } else if (tag.equals("br")) {
                append(" ");
            } else if (tag.equals("a")) {
                inLink++;
                if (e.hasAttr("href")) links.add(e);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (CELLS.contains(tag) && simpleCell(e)) {
                return; // the row goes on
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!open.isEmpty() && open.get(open.size() - 1) == e) open.remove(open.size() - 1);
            } else if (tag.equals("a")) {
                inLink--;
            }
        }
    }

    private void append(String raw) {
        int before = text.length();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == SOFT_HYPHEN) continue; // a hyphenation hint, invisible unless a line breaks there
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
            } else {
                text.append(c);
            }
        }
        if (inLink > 0) linkChars += text.length() - before;
    }

    /**
     * A cell without block-level children or line breaks: its text is part of its row's block. A cell that breaks its
     * lines is a layout table's column (navigation beside the story), a block of its own.
     */
    private static boolean simpleCell(Element cell) {
        for (Element child : cell.children()) if (BLOCK_TAGS.contains(child.normalName()) || child.normalName().equals("br")) return false;
        return true;
    }

    private void flush() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end > 0) {
            blocks.add(new Block(text.substring(0, end), Math.min(linkChars, end), open.get(open.size() - 1), links));
            links = new ArrayList<>();
        } else {
            links.clear();
        }
        text.setLength(0);
        linkChars = 0;
        inCell = false;
    }
}
