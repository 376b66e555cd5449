using System;
using ScottPlot;

namespace Zenput.Sla.Cli.Report;

/// <summary>
/// The HTML report's charts are drawn by ScottPlot on SkiaSharp, which loads two native libraries
/// (<c>libSkiaSharp</c>, <c>libHarfBuzzSharp</c>). The .NET tool carries them in its package; a native
/// executable needs them in its own folder. Checked before any input is read, so a missing library is one
/// clear error (exit 4, like a file that cannot be read) instead of an internal error after the whole input.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>Draws a tiny chart with a title (text shaping included); exit 4 if a native library is missing.</summary>
    public static void EnsureAvailable()
    {
        try
        {
            using var plot = new Plot();
            plot.Title("check");
            _ = plot.GetSvgXml(60, 40);
        }
        catch (Exception e) when (MissingLibrary(e) is { } missing)
        {
            throw new CliException(
                ExitCodes.IoError,
                $"report --format html draws its charts with SkiaSharp, whose native library {LibraryName(missing.Message)} cannot be loaded."
                + " A native zenput-sla needs libSkiaSharp.so and libHarfBuzzSharp.so, from its publish folder, in the folder of the executable.",
                e);
        }
    }

    /// <summary>The <see cref="DllNotFoundException"/> behind <paramref name="e"/> (type initializers wrap it), if there is one.</summary>
    internal static DllNotFoundException? MissingLibrary(Exception e)
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
    internal static string LibraryName(string message)
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
