namespace FactCheck.Extraction.Engine;

/// <summary>Turns a value and its bound into the interval the text allows.</summary>
internal static class Intervals
{
    /// <summary>"About 40" allows 36..44.</summary>
    public const double AboutTolerance = 0.1;

    /// <summary>A converted measure ("6 miles" in km; durations are exact multiples and stay exact) allows this share of its last written digit either way.</summary>
    private const double RoundingShare = 0.3;

    public static void Apply(Mention m)
    {
        if (m.Value is not { } value || m.Bound == Bounds.Range)
            return;
        switch (m.Bound)
        {
            case Bounds.AtLeast:
                (m.Low, m.High) = (value, null);
                break;
            case Bounds.AtMost:
                (m.Low, m.High) = (null, value);
                break;
            case Bounds.About:
                (m.Low, m.High) = (value * (1 - AboutTolerance), value * (1 + AboutTolerance));
                break;
            default:
                (m.Low, m.High) = (value, value);
                if (m.Written is { } written && m.WrittenUnit is { } unit && unit != m.Unit && written != 0 && m.Kind is MentionKind.Measure)
                {
                    // Converted units only agree within rounding: 6 miles is 9.66 km, and "10 km (6 miles)" is one fact.
                    var factor = value / written;
                    var step = RoundingShare * Math.Pow(10, -DecimalPlaces(written));
                    (m.Low, m.High) = ((written - step) * factor, (written + step) * factor);
                    m.Bound = Bounds.About;
                }

                break;
        }
    }

    private static int DecimalPlaces(double value) => ((decimal)value).Scale;
}
