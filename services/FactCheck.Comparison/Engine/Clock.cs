using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Comparison.Engine;

/// <summary>A time of day as the text gives it: minutes after midnight and the zone it names, if any.</summary>
public readonly record struct ClockTime(int Minutes, string? Zone);

/// <summary>
/// Times of day stated with zones ("07:37 UTC", "3:37 a.m. EDT", "7:37 AM local time"). Times in known
/// zones agree when they are the same instant; the same clock reading called "local" by one outlet and
/// UTC (or another zone) by another cannot both be right.
/// </summary>
public static partial class Clock
{
    private static readonly Dictionary<string, int> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["MSK"] = 180, ["IST"] = 330, ["WIB"] = 420, ["ICT"] = 420, ["HKT"] = 480, ["SGT"] = 480, ["JST"] = 540,
        ["AEST"] = 600, ["AEDT"] = 660, ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420,
        ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
    };

    public static bool TryParse(string text, out ClockTime time)
    {
        var match = Pattern().Match(text.Trim());
        time = default;
        if (!match.Success)
            return false;
        var minutes = (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        time = new ClockTime(minutes, match.Groups["zone"].Success ? match.Groups["zone"].Value : null);
        return true;
    }

    public static bool Agree(ClockTime a, ClockTime b)
    {
        var (x, y) = (Offset(a.Zone), Offset(b.Zone));
        if (x is { } ox && y is { } oy)
            return Mod(a.Minutes - ox - (b.Minutes - oy)) is <= 1 or >= 1439;
        if (IsLocal(a.Zone) != IsLocal(b.Zone) && (x is not null || y is not null))
            return a.Minutes != b.Minutes;
        return a.Minutes == b.Minutes || a.Zone != b.Zone;
    }

    private static int? Offset(string? zone) => zone is not null && Offsets.TryGetValue(zone, out var offset) ? offset : null;

    private static bool IsLocal(string? zone) => string.Equals(zone, "local", StringComparison.OrdinalIgnoreCase);

    private static int Mod(int minutes) => ((minutes % 1440) + 1440) % 1440;

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?:\s*(?<zone>[A-Za-z]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
