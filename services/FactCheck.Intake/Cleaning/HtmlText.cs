using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Contracts;
using HtmlAgilityPack;

namespace FactCheck.Intake.Cleaning;

/// <summary>The main text of a page, one block per line, what was taken out, and what the page says about itself.</summary>
public sealed record HtmlArticle(string Text, IReadOnlyList<string> Removed, PageMetadata Metadata)
{
    /// <summary>For each character of <see cref="Text"/>, where the same character stands in the HTML, or -1 (decoded entity, folded white space, line break).</summary>
    public IReadOnlyList<int> SourceIndex { get; init; } = [];

    /// <summary>Re-points segments of text cleaned from <see cref="Text"/> at the HTML itself, split wherever the page is not verbatim.</summary>
    public IReadOnlyList<TextSegment> ToSource(IReadOnlyList<TextSegment> segments)
    {
        var mapped = new List<TextSegment>();
        foreach (var segment in segments)
        {
            var runStart = -1;
            for (var k = 0; k <= segment.Length; k++)
            {
                var source = k < segment.Length ? SourceIndex[segment.SourceStart + k] : -1;
                var continues = runStart >= 0 && source >= 0 && source == SourceIndex[segment.SourceStart + k - 1] + 1;
                if (continues)
                    continue;
                if (runStart >= 0)
                    mapped.Add(new TextSegment(segment.CleanStart + runStart, SourceIndex[segment.SourceStart + runStart], k - runStart));
                runStart = source >= 0 ? k : -1;
            }
        }

        return mapped;
    }
}

/// <summary>A page nests elements deeper than any real page does; refusing it keeps parsing bounded.</summary>
public sealed class HtmlTooDeepException(int limit) : Exception($"The HTML nests elements more than {limit} levels deep.")
{
    public int Limit { get; } = limit;
}

/// <summary>
/// Main-text extraction: drops scripts, comments, navigation, asides, forms and blocks whose class or id
/// says comments/related/share/sidebar, finds the container holding most paragraph text (plus sibling
/// containers of the same story), and within it drops link-heavy blocks such as related-story lists.
/// </summary>
public static partial class HtmlText
{
    public const int MaxDepth = 1000;

    private const double MaxLinkDensity = 0.5;

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea", "canvas", "object", "embed", "head", "link", "meta",
    };

    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "form", "header", "menu", "dialog", "figure",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "search", "menu", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "tr", "td", "th", "table", "figcaption", "address", "body", "html", "header", "footer", "nav", "aside", "details", "summary", "hr",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "blockquote", "td", "dd" };

    public static bool LooksLikeHtml(string body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<") && head.Contains("</p>", StringComparison.OrdinalIgnoreCase));
    }

    public static HtmlArticle Extract(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxDepth };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new HtmlTooDeepException(MaxDepth);
        }

        var metadata = PageMetadata.Read(document);
        var body = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var removed = new List<string>();
        Prune(body, removed);

        var main = MainContainers(body);
        var text = new StringBuilder();
        var sourceIndex = new List<int>();
        foreach (var block in BlocksOf(body))
        {
            if (!block.Node.AncestorsAndSelf().Any(main.Contains) || block.LinkDensity > MaxLinkDensity)
            {
                removed.Add(block.Text);
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
                sourceIndex.Add(-1);
            }

            text.Append(block.Text);
            // Trust a position only where the page holds the very same character there.
            sourceIndex.AddRange(block.Source.Select((at, i) => at >= 0 && at < html.Length && html[at] == block.Text[i] ? at : -1));
        }

        return new HtmlArticle(text.ToString(), removed, metadata) { SourceIndex = sourceIndex };
    }

    /// <summary>Takes out what is never story text, recording the visible text of furniture it drops.</summary>
    private static void Prune(HtmlNode root, List<string> removed)
    {
        var stack = new Stack<HtmlNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes.ToList())
            {
                if (child.NodeType == HtmlNodeType.Comment || (child.NodeType == HtmlNodeType.Element && (Invisible.Contains(child.Name) || IsHidden(child))))
                {
                    child.Remove();
                }
                else if (child.NodeType == HtmlNodeType.Element && IsFurniture(child))
                {
                    removed.AddRange(BlocksOf(child).Select(b => b.Text));
                    child.Remove();
                }
                else if (child.HasChildNodes)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes.Contains("hidden") || node.GetAttributeValue("aria-hidden", "") == "true")
            return true;
        var style = node.GetAttributeValue("style", "").Replace(" ", "");
        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFurniture(HtmlNode node)
    {
        if (IsStoryContainer(node))
            return false;
        if (Furniture.Contains(node.Name) && !(node.Name == "header" && node.ParentNode?.Name == "article"))
            return true;
        if (FurnitureRoles.Contains(node.GetAttributeValue("role", "")))
            return true;
        var names = Names(node);
        return NeverStory().IsMatch(names) || (UnlikelyStory().IsMatch(names) && !PositiveName().IsMatch(names));
    }

    private static bool IsStoryContainer(HtmlNode node) =>
        node.Name is "body" or "html" or "main" or "article"
        || node.GetAttributeValue("itemprop", "").Equals("articleBody", StringComparison.OrdinalIgnoreCase)
        || node.GetAttributeValue("role", "") == "main";

    /// <summary>
    /// The container with most paragraph text (a paragraph counts fully for its parent and half for its
    /// grandparent), together with its siblings that carry a good share of the same kind of text.
    /// </summary>
    private static IReadOnlyList<HtmlNode> MainContainers(HtmlNode body)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var paragraph in body.Descendants().Where(n => n.NodeType == HtmlNodeType.Element && Paragraphs.Contains(n.Name)))
        {
            var text = OwnText(paragraph);
            if (text.Length < 25)
                continue;
            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100.0, 3);
            if (paragraph.ParentNode is { } container)
            {
                scores[container] = scores.GetValueOrDefault(container) + score * Bonus(container);
                if (container.ParentNode is { } grandparent)
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2 * Bonus(grandparent);
            }
        }

        if (scores.Count == 0)
            return [body];
        var best = scores.MaxBy(pair => pair.Value);
        if (best.Key.ParentNode is not { } parent)
            return [best.Key];
        var containers = new List<HtmlNode>();
        foreach (var sibling in parent.ChildNodes)
        {
            if (sibling == best.Key
                || (sibling.NodeType == HtmlNodeType.Element && scores.GetValueOrDefault(sibling) >= best.Value * 0.2)
                || (sibling.Name == "p" && OwnText(sibling).Length > 80 && LinkDensity(sibling) < 0.25))
                containers.Add(sibling);
        }

        return containers;
    }

    private static double Bonus(HtmlNode node) => IsStoryContainer(node) && node.Name is not ("body" or "html") || PositiveName().IsMatch(Names(node)) ? 1.5 : 1;

    /// <summary>Class and id, cut short so a hostile attribute cannot make the name patterns slow.</summary>
    private static string Names(HtmlNode node)
    {
        var names = node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "");
        return names.Length <= 300 ? names : names[..300];
    }

    private static string OwnText(HtmlNode node) => Collapse(WebUtility.HtmlDecode(node.InnerText)).Trim();

    private static double LinkDensity(HtmlNode node)
    {
        var total = OwnText(node).Length;
        var links = node.Descendants("a").Sum(a => OwnText(a).Length);
        return total == 0 ? 0 : (double)links / total;
    }

    private sealed record Block(HtmlNode Node, string Text, double LinkDensity, int[] Source);

    /// <summary>The blocks of text under <paramref name="root"/> in document order, each with the share of its text that is link text.</summary>
    private static List<Block> BlocksOf(HtmlNode root)
    {
        var blocks = new List<Block>();
        var text = new StringBuilder();
        var source = new List<int>();
        var linkChars = 0;
        HtmlNode owner = root;

        void Flush()
        {
            var raw = text.ToString();
            var line = raw.Trim();
            if (line.Length > 0)
            {
                var links = Math.Min(linkChars, line.Length);
                var leading = raw.Length - raw.TrimStart().Length;
                blocks.Add(new Block(owner, line, (double)links / line.Length, source.GetRange(leading, line.Length).ToArray()));
            }

            text.Clear();
            source.Clear();
            linkChars = 0;
        }

        void Walk(HtmlNode node, HtmlNode block, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Text)
                {
                    if (text.Length == 0)
                        owner = block;
                    var before = text.Length;
                    AppendText(child.InnerText, child.StreamPosition, text, source);
                    if (inLink)
                        linkChars += text.ToString(before, text.Length - before).Trim().Length;
                    continue;
                }

                if (child.NodeType != HtmlNodeType.Element || Invisible.Contains(child.Name))
                    continue;
                if (child.Name == "br")
                {
                    Flush();
                    continue;
                }

                var isBlock = Blocks.Contains(child.Name);
                if (isBlock)
                    Flush();
                Walk(child, isBlock ? child : block, inLink || child.Name == "a");
                if (isBlock)
                    Flush();
            }
        }

        Walk(root, root, false);
        Flush();
        return blocks;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    /// <summary>
    /// Appends a raw text node decoded and with white space folded, noting for each character where it
    /// came from in the page (-1 where the page does not hold it verbatim: entities, folded runs).
    /// </summary>
    private static void AppendText(string raw, int position, StringBuilder text, List<int> source)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                var end = i;
                while (end + 1 < raw.Length && raw[end + 1] is ' ' or '\t' or '\r' or '\n' or '\f')
                    end++;
                text.Append(' ');
                source.Add(c == ' ' && end == i ? position + i : -1);
                i = end;
                continue;
            }

            var semicolon = c == '&' ? raw.IndexOf(';', i, Math.Min(12, raw.Length - i)) : -1;
            var decoded = semicolon > i ? WebUtility.HtmlDecode(raw[i..(semicolon + 1)]) : null;
            if (decoded is not null && decoded.Length < semicolon - i + 1)
            {
                text.Append(decoded);
                source.AddRange(Enumerable.Repeat(-1, decoded.Length));
                i = semicolon;
                continue;
            }

            text.Append(c);
            source.Add(position + i);
        }
    }

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(^|[\s_-])(comments?|comment-?list|respond|replies|related|recommend\w*|more-?stories|read-?more|also-?read|share|sharing|social|newsletter|subscribe|signup|outbrain|taboola|disqus|cookies?|consent|popup|modal)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeverStory();

    [GeneratedRegex(@"(^|[\s_-])(sidebar|widget|promo\w*|advert\w*|ads?|ad-?slot|sponsor\w*|footer|nav|navbar|navigation|menu|breadcrumbs?|tags?|trending|popular|most-?read|author-?bio|masthead|site-?header|banner|pagination|pager)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnlikelyStory();

    [GeneratedRegex(@"(^|[\s_-])(article|story|entry|post|content|body|text|main)(-?body|-?content|-?text)?($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PositiveName();
}
