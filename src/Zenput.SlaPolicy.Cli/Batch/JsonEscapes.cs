using System;

namespace Zenput.Sla.Cli.Batch;

/// <summary>
/// Finds a <c>\uD800</c>–<c>\uDFFF</c> escape without its pair in a JSON line: valid JSON, but not
/// text, so that reading the string would throw. Checked once for every batch line, before any
/// command's parser sees it.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>The byte offset of the first lone surrogate escape, or null.</summary>
    public static int? FindLoneSurrogate(ReadOnlySpan<byte> json)
    {
        var i = json.IndexOf((byte)'\\');
        if (i < 0)
        {
            return null;
        }

        var pendingHigh = -1;
        for (; i < json.Length; i++)
        {
            if (json[i] != '\\')
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                continue;
            }

            if (i + 1 >= json.Length)
            {
                break;
            }

            if (json[i + 1] != 'u' || !TryHex(json, i + 2, out var unit))
            {
                // Any other escape (\", \\, \n, ...) is one character: skip it, and it ends a pending high surrogate.
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                i++;
                continue;
            }

            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (pendingHigh >= 0 && !isLow)
            {
                return pendingHigh;
            }

            if (isLow && pendingHigh < 0)
            {
                return i;
            }

            pendingHigh = isHigh ? i : -1;
            i += 5;
        }

        return pendingHigh >= 0 ? pendingHigh : null;
    }

    private static bool TryHex(ReadOnlySpan<byte> json, int at, out int value)
    {
        value = 0;
        if (at + 4 > json.Length)
        {
            return false;
        }

        for (var k = at; k < at + 4; k++)
        {
            var b = json[k];
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            value = (value * 16) + digit;
        }

        return true;
    }
}
