using System;
using ScottPlot;

namespace Zenput.Sla.Reports.Html;

/// <summary>
/// The charts are drawn by ScottPlot on SkiaSharp, which loads two native libraries (<c>libSkiaSharp</c>,
/// <c>libHarfBuzzSharp</c>) from the application's folder or its runtime-specific assets. When one cannot be
/// loaded, SkiaSharp's type initializers fail with a <see cref="DllNotFoundException"/> wrapped in
/// <see cref="TypeInitializationException"/>s; this turns that into one <see cref="PlatformNotSupportedException"/>
/// that names the library, and leaves every other failure as it is (a bug, not an installation problem).
/// </summary>
internal static class NativeChartLibraries
{
    /// <summary>Draws a tiny chart with a title (text shaping included), so both native libraries are loaded.</summary>
    public static void Check() => Guard(static () =>
    {
        using var plot = new Plot();
        plot.Title("check");
        return plot.GetSvgXml(60, 40);
    });

    /// <summary>Runs <paramref name="draw"/>; a native library it cannot load becomes a <see cref="PlatformNotSupportedException"/> naming it.</summary>
    /// <param name="draw">Drawing work.</param>
    /// <returns>What <paramref name="draw"/> returned.</returns>
    public static string Guard(Func<string> draw)
    {
        try
        {
            return draw();
        }
        catch (Exception e) when (Missing(e) is { } missing)
        {
            throw new PlatformNotSupportedException(
                $"The report's charts are drawn with SkiaSharp, whose native library {Name(missing.Message)} cannot be loaded."
                + " Put libSkiaSharp and libHarfBuzzSharp (SkiaSharp's and HarfBuzzSharp's native assets for this platform) where the application loads native libraries from.",
                missing);
        }
    }

    /// <summary>The <see cref="DllNotFoundException"/> behind <paramref name="e"/> (type initializers wrap it), if there is one.</summary>
    internal static DllNotFoundException? Missing(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is DllNotFoundException missing)
            {
                return missing;
            }
        }

        return null;
    }

    /// <summary>The library's name as the loader quotes it ("Unable to load shared library 'libSkiaSharp' or …"), else the message's first line.</summary>
    internal static string Name(string message)
    {
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        if (close > open + 1)
        {
            return message[open..(close + 1)];
        }

        var end = message.IndexOfAny(['\r', '\n']);
        return $"({(end < 0 ? message : message[..end]).TrimEnd()})";
    }
}
