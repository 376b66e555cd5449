using System;
using System.IO;

namespace Zenput.Sla.Tests.Reports;

/// <summary>Where the repository is, found from the test binaries (the folder that holds the solution file).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>Gets <c>artifacts/</c>, which CI keeps (<c>.ci/run</c> empties it at the start).</summary>
    public static string Artifacts(params string[] parts)
    {
        var path = Path.Combine([Root, "artifacts", .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Zenput.SlaPolicy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Zenput.SlaPolicy.sln above {AppContext.BaseDirectory}.");
    }
}
