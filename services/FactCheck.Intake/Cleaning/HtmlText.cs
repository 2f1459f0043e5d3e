using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace FactCheck.Intake.Cleaning;

/// <summary>Reduces an HTML page to its block text, one block per line, skipping markup that is never story text.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "figcaption",
    };

    public static bool LooksLikeHtml(string body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<") && head.Contains("</p>", StringComparison.OrdinalIgnoreCase));
    }

    public static string ToText(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = 2000 };
        document.LoadHtml(html);
        var text = new StringBuilder();
        Append(document.DocumentNode, text);
        return text.ToString();
    }

    private static void Append(HtmlNode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                text.Append(WebUtility.HtmlDecode(child.InnerText));
                continue;
            }

            if (child.NodeType != HtmlNodeType.Element || Skipped.Contains(child.Name))
                continue;
            var block = Blocks.Contains(child.Name);
            if (block)
                text.Append('\n');
            Append(child, text);
            if (block)
                text.Append('\n');
        }
    }
}
