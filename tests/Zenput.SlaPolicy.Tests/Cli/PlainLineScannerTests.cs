using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Zenput.Sla.Cli.Evaluate;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Tests.Generators;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The fast path of <c>evaluate --input</c> lines (<see cref="PlainLineScanner"/>) must give exactly what the
/// full <c>System.Text.Json</c> reader gives — the same timeline, id, <c>now</c> and error — for any line:
/// it either reads the line the same way or declines it. The reference is the full reader (the same
/// <see cref="EvaluateLine"/> with the fast path switched off).
/// </summary>
public sealed class PlainLineScannerTests
{
    // Of the plain shape: read by the fast path as they are.
    private static readonly string[] PlainSeeds =
    [
        """{"id":"T-1","severity":"critical","reportedAt":"2026-11-24T21:30:00-08:00","events":[{"type":"ticketCreated","at":"2026-11-24T21:40:00-08:00"},{"type":"paused","at":"2026-11-24T22:10:00-08:00","reason":"waiting on customer"},{"type":"resumed","at":"2026-11-24T22:50:00-08:00"},{"type":"severityChanged","at":"2026-11-24T23:00:00Z","severity":"major"}],"now":"2026-11-25T09:00:00-08:00"}""",
        """{"id": 42, "severity": 2, "reportedAt": "2026-03-02T09:00:00.5+05:30", "events": [{"type": "firstResponse", "at": "2026-03-02T14:00:00Z", "reason": null, "severity": null}], "now": null}""",
        """{"severity":"MAJOR","reportedAt":"2026-03-02T09:00:00Z","events":[]}""",
        """{"id":"café","severity":"minor","reportedAt":"2026-03-02T09:00:00Z","events":[{"type":"resolved","at":"2026-03-02T09:00:00Z","reason":"déjà vu"},{"type":"reopened","at":"2026-03-02T10:00:00Z"}]}""",
        """{"id":-0,"severity":"critical","reportedAt":"2026-11-24T21:30:00Z","events":[{"type":"usersNotified","at":"2026-11-24T21:30:00Z","severity":"Critical"}]}""",
    ];

    // Every seed of the property: the plain ones and some only the full reader reads (an escape, an unknown property).
    private static readonly string[] Seeds =
    [
        .. PlainSeeds,
        """{"id":"caf\u00e9","severity":"minor","reportedAt":"2026-03-02T09:00:00Z","events":[{"type":"resolved","at":"2026-03-02T09:00:00Z","reason":"d\u00e9j\u00e0 vu"}]}""",
        """{"id":-0,"severity":"critical","reportedAt":"2026-11-24T21:30:00Z","events":[{"type":"usersNotified","at":"2026-11-24T21:30:00Z","severity":"Critical"}],"extra":[1,{"a":null}]}""",
    ];

    // JSON's own characters and the digits and letters of instants, types and severities: mutations that keep a line nearly valid.
    private static readonly byte[] Alphabet = Encoding.UTF8.GetBytes("{}[]:,\"\\ \t-+.0123456789eEZTnulatrsvyid\u00e9");

    [ScaledProperty(10_000, Arbitrary = [typeof(Generators)])]
    public void A_line_read_by_the_fast_path_gives_what_the_full_reader_gives_and_any_other_line_is_left_to_it(MutatedLine mutated)
    {
        var line = mutated.Bytes;
        var fast = new EvaluateLine(ZenputSla.Default) { KeepIds = true };
        var full = new EvaluateLine(ZenputSla.Default) { KeepIds = true, ScanPlainLines = false };
        var fastError = fast.Parse(line);
        var fullError = full.Parse(line);
        var context = mutated.ToString();
        fastError.Should().Be(fullError, context);
        (fast.IdJson is null).Should().Be(full.IdJson is null, context);
        (fast.IdJson ?? []).Should().Equal(full.IdJson ?? [], context);
        fast.Now.Should().Be(full.Now, context);
        if (fullError is null)
        {
            var expected = full.Timeline!;
            var actual = fast.Timeline!;
            actual.ReportedAt.Should().Be(expected.ReportedAt, context);
            actual.Severity.Should().Be(expected.Severity, context);
            actual.Id.Should().Be(expected.Id, context);
            actual.IdIsNumber.Should().Be(expected.IdIsNumber, context);
            actual.Events.Should().Equal(expected.Events, context);
            Enumerable.Range(0, actual.Events.Count).Select(actual.GivenIndex).Should().Equal(Enumerable.Range(0, expected.Events.Count).Select(expected.GivenIndex), context);
        }
    }

    [Fact]
    public void Every_seed_line_is_read_by_the_fast_path()
    {
        // Otherwise the property above could pass with a fast path that declines everything.
        foreach (var text in PlainSeeds)
        {
            var line = new EvaluateLine(ZenputSla.Default);
            line.Parse(Encoding.UTF8.GetBytes(text)).Should().BeNull(text);
            line.ReadPlain.Should().BeTrue(text);
        }
    }

    /// <summary>A line as the batch hands it over: valid UTF-8 without escaped lone surrogates (the batch answers those itself).</summary>
    public sealed record MutatedLine(byte[] Bytes)
    {
        public override string ToString() => Encoding.UTF8.GetString(Bytes);
    }

    /// <summary>The generators of the property.</summary>
    public static class Generators
    {
        /// <summary>Seed lines, as they are or mutated.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<MutatedLine> Lines() => Arb.From(
            LineBytes()
                .Where(b => System.Text.Unicode.Utf8.IsValid(b) && Zenput.Sla.Cli.Batch.JsonEscapes.FindLoneSurrogate(b) is null)
                .Select(b => new MutatedLine(b)));
    }

    /// <summary>A seed line, as is or with one to four bytes replaced, inserted or deleted.</summary>
    private static Gen<byte[]> LineBytes() =>
        from seed in Gen.Elements(Seeds)
        from edits in Gen.Choose(0, 4)
        from positions in Gen.ArrayOf(Gen.Choose(0, 1_000_000), edits)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 2), edits)
        from bytes in Gen.ArrayOf(Gen.Elements(Alphabet), edits)
        select Mutate(Encoding.UTF8.GetBytes(seed), positions, kinds, bytes);

    private static byte[] Mutate(byte[] line, int[] positions, int[] kinds, byte[] bytes)
    {
        var result = line.ToList();
        for (var i = 0; i < positions.Length && result.Count > 0; i++)
        {
            var at = positions[i] % result.Count;
            switch (kinds[i])
            {
                case 0:
                    result[at] = bytes[i];
                    break;
                case 1:
                    result.Insert(at, bytes[i]);
                    break;
                default:
                    result.RemoveAt(at);
                    break;
            }
        }

        return [.. result];
    }
}
