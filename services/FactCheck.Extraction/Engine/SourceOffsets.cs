using FactCheck.Contracts;

namespace FactCheck.Extraction.Engine;

/// <summary>Maps offsets in the cleaned text back to the submitted original through intake's segments.</summary>
public static class SourceOffsets
{
    public static (int Start, int End) ToSource(IReadOnlyList<TextSegment> segments, int cleanStart, int cleanEnd)
    {
        if (segments.Count == 0)
            return (cleanStart, cleanEnd);
        return (Map(segments, cleanStart), Map(segments, cleanEnd - 1) + 1);
    }

    private static int Map(IReadOnlyList<TextSegment> segments, int offset)
    {
        int low = 0, high = segments.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (segments[mid].CleanStart <= offset)
                low = mid;
            else
                high = mid - 1;
        }

        var segment = segments[low];
        return segment.SourceStart + Math.Clamp(offset - segment.CleanStart, 0, segment.Length);
    }
}
