using System;
using System.IO;
using System.Linq;
using System.Text;
using Zenput.Sla.Cli;
using Zenput.Sla.Cli.Io;

namespace Zenput.Sla.Tests.Cli.Io;

/// <summary>
/// <c>--output FILE</c> loses nothing: the old file stays as it was until the new one is complete, a run that
/// fails part-way leaves neither a truncated file nor a temporary one, and a device is written, not replaced.
/// </summary>
public sealed class ReplacingFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("zenput-replacing-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_destination_is_untouched_until_commit_and_replaced_by_it()
    {
        var destination = Existing("old.json", "last week's report");

        using var file = ReplacingFile.Create(destination);
        file.Stream.Write("this week's report"u8);
        file.Stream.Flush();
        File.ReadAllText(destination.FullName).Should().Be("last week's report");

        file.Commit();
        File.ReadAllText(destination.FullName).Should().Be("this week's report");
        _folder.GetFiles().Select(f => f.Name).Should().Equal("old.json");
    }

    [Fact]
    public void Without_commit_the_old_file_is_kept_and_the_temporary_file_removed()
    {
        var destination = Existing("old.json", "last week's report");

        using (var file = ReplacingFile.Create(destination))
        {
            file.Stream.Write("half a rep"u8);
        }

        File.ReadAllText(destination.FullName).Should().Be("last week's report");
        _folder.GetFiles().Select(f => f.Name).Should().Equal("old.json");
    }

    [Fact]
    public void A_new_file_appears_only_on_commit()
    {
        var destination = new FileInfo(Path.Combine(_folder.FullName, "new.csv"));

        using (var file = ReplacingFile.Create(destination))
        {
            file.Stream.Write("a,b\n"u8);
            File.Exists(destination.FullName).Should().BeFalse();
            file.Commit();
        }

        File.ReadAllText(destination.FullName).Should().Be("a,b\n");
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_exit_4_naming_the_output()
    {
        var destination = new FileInfo(Path.Combine(_folder.FullName, "missing", "report.json"));

        var create = () => ReplacingFile.Create(destination);

        create.Should().Throw<CliException>().Which.Should().Match<CliException>(e =>
            e.ExitCode == ExitCodes.IoError && e.Message.StartsWith($"Cannot write the output '{destination.FullName}': ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_into_dev_is_written_through_and_stays_a_link()
    {
        // The link lives in the test's folder: were it replaced by mistake, only the link would be lost.
        var link = new FileInfo(Path.Combine(_folder.FullName, "sink"));
        link.CreateAsSymbolicLink("/dev/null");

        using (var file = ReplacingFile.Create(link))
        {
            file.Stream.Write("discarded"u8);
            file.Commit();
        }

        new FileInfo(link.FullName).LinkTarget.Should().Be("/dev/null");
        _folder.GetFileSystemInfos().Select(f => f.Name).Should().Equal("sink");
    }

    [Fact]
    public void A_report_whose_input_fails_part_way_keeps_the_previous_report_and_leaves_no_temporary_file()
    {
        var destination = Existing("report.json", "{\"previous\":true}");
        var output = new MemoryStream();
        var error = new StringWriter();
        var failing = new ScriptedStream(Encoding.UTF8.GetBytes("{\"severity\":\"critical\"")) { OnRead = new IOException("Input/output error.") };
        var console = new CliConsole(output, error, () => failing, errorIsTerminal: false, CliRunner.Now);

        var code = CliApp.Run(["report", "--input", "-", "--as-of", "2026-12-01T00:00:00Z", "--output", destination.FullName], console);

        code.Should().Be(ExitCodes.IoError, error.ToString());
        error.ToString().Should().Contain("Cannot read the input");
        File.ReadAllText(destination.FullName).Should().Be("{\"previous\":true}");
        _folder.GetFiles().Select(f => f.Name).Should().Equal("report.json");
    }

    private FileInfo Existing(string name, string content)
    {
        var file = new FileInfo(Path.Combine(_folder.FullName, name));
        File.WriteAllText(file.FullName, content);
        return file;
    }
}
