using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Alerts.Subscriptions;

namespace FactCheck.Alerts.Webhooks;

/// <summary>The body a subscriber receives: the Standard Webhooks envelope, or a Slack incoming-webhook message.</summary>
public static class WebhookPayloads
{
    public static string Body(string format, string eventType, DateTimeOffset at, string payload) =>
        format == "slack" ? Slack(eventType, JsonNode.Parse(payload)!) : Standard(eventType, at, payload);

    private static string Standard(string eventType, DateTimeOffset at, string payload) =>
        new JsonObject { ["type"] = eventType, ["timestamp"] = at.ToUniversalTime().ToString("O"), ["data"] = JsonNode.Parse(payload) }
            .ToJsonString(AlertFanOut.Json);

    private static string Slack(string eventType, JsonNode data)
    {
        var text = eventType switch
        {
            EventTypes.ConflictDetected =>
                $":warning: *{Escape(data["conflict"]?["severity"])}* conflict in _{Escape(data["storyTitle"])}_: {Escape(data["conflict"]?["summary"])}",
            EventTypes.ConflictResolved =>
                $":white_check_mark: Conflict closed in _{Escape(data["storyTitle"])}_: {Escape(data["summary"])} ({Escape(data["reason"])})",
            _ => $":newspaper: _{Escape(data["storyTitle"])}_ updated by {Escape(data["outlet"])}: {Escape(data["conflictCount"])} open conflicts",
        };
        return JsonSerializer.Serialize(new { text }, AlertFanOut.Json);
    }

    /// <summary>Slack reads &amp;, &lt; and &gt; as markup; article text must arrive as text.</summary>
    private static string Escape(JsonNode? value) =>
        (value?.ToString() ?? "").Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
