using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Tests.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// Mutated policy documents (from the built-in policy, random valid policies of every construct and the
/// README's documents): reading never throws and never hangs; a refused document has findings with a
/// JSON path and a message; an accepted one passes the public validators, saves and reads back equal,
/// and its clock and evaluator answer or give their documented errors.
/// </summary>
public sealed class PolicyDocumentFuzzTests
{
    private static readonly Lazy<List<JsonNode>> Seeds = new(() => JsonMutator.Parse(SeedTexts()));

    private static readonly Instant[] Starts =
    [
        Instant.FromUtc(2026, 11, 25, 5, 30), Instant.FromUtc(2026, 3, 8, 9, 59, 59), Instant.FromUtc(9999, 12, 20, 0, 0),
        SlaClock.SupportedInstants.Start,
    ];

    [Fact]
    public void A_mutated_policy_document_is_read_or_refused_with_findings_never_a_crash_or_hang()
    {
        // Built before the runs: the seeds (and the JIT they warm up) are not input 0's, whose 30 s bound they took under load.
        _ = Seeds.Value;
        Fuzz.Run(
            "policy documents",
            ciRuns: 1000,
            rng => new JsonMutator(rng, Seeds.Value).Mutate(Seeds.Value[rng.Next(Seeds.Value.Count)], SlaPolicyDocument.MaxDocumentBytes),
            CheckDocument,
            bytes => Fuzz.Show(bytes));
    }

    /// <summary>The contract of <see cref="SlaPolicyDocument.Read(ReadOnlySpan{byte})"/> for any bytes.</summary>
    internal static void CheckDocument(byte[] bytes)
    {
        var result = SlaPolicyDocument.Read(bytes);

        using (var stream = new MemoryStream(bytes))
        {
            var fromStream = SlaPolicyDocument.Read(stream);
            fromStream.IsValid.Should().Be(result.IsValid, "reading a stream reads the same bytes");
            if (bytes.Length <= SlaPolicyDocument.MaxDocumentBytes)
            {
                // (Over the limit, a stream cannot say by how much: the messages differ, both refuse.)
                fromStream.Findings.Should().Equal(result.Findings, "reading a stream reads the same bytes");
            }
        }

        _ = SlaPolicyDocument.Read(Encoding.UTF8.GetString(bytes));   // any string: a result, never an exception

        foreach (var finding in result.Findings)
        {
            finding.Path.Should().StartWith("$", "every finding says where");
            finding.Message.Should().NotBeNullOrWhiteSpace();
        }

        if (result.Policy is not { } policy)
        {
            result.Errors.Should().NotBeEmpty("a refused document says why");
            return;
        }

        result.Errors.Should().BeEmpty("an accepted document has warnings at most");
        CheckValidators(policy);
        var again = SlaPolicyDocument.Read(SlaPolicyDocument.SaveToUtf8Bytes(policy));
        again.Policy.Should().Be(policy, "saving then reading gives an equal policy");
        Exercise(policy);
    }

    private static void CheckValidators(SlaPolicy policy)
    {
        foreach (var calendar in policy.Calendars)
        {
            new BusinessCalendarValidator().Validate(calendar).Errors.Where(IsError).Should().BeEmpty($"the reader accepted calendar '{calendar.Name}'");
        }

        foreach (var tier in policy.Tiers)
        {
            new SeverityTierValidator().Validate(tier).Errors.Where(IsError).Should().BeEmpty($"the reader accepted tier '{tier.Severity.Name}'");
        }

        if (policy.Maintenance is { } maintenance)
        {
            new MaintenanceScheduleValidator().Validate(maintenance).Errors.Where(IsError).Should().BeEmpty("the reader accepted the maintenance schedule");
        }
    }

    private static bool IsError(FluentValidation.Results.ValidationFailure failure) => failure.Severity == FluentValidation.Severity.Error;

    /// <summary>Due times and one evaluation per tier: answers, or the clock's documented "cannot answer".</summary>
    private static void Exercise(SlaPolicy policy)
    {
        var clock = new SlaClock(policy);
        var evaluator = new TicketEvaluator(policy);
        foreach (var tier in policy.Tiers.Take(4))
        {
            foreach (var start in Starts)
            {
                try
                {
                    var due = clock.DueAt(start, tier);
                    due.Should().BeGreaterThanOrEqualTo(start, "a due time is never before the start");
                    var evaluation = evaluator.Evaluate(new TicketTimeline(start, tier.Severity.Name, new TicketEvent(TicketEventKind.FirstResponse, start + Duration.FromMinutes(30))), start + Duration.FromHours(1));
                    evaluation.Should().NotBeNull();
                }
                catch (SlaClockException)
                {
                    // Documented: no working time left, or the due instant is beyond the supported range.
                }
                catch (ArgumentOutOfRangeException) when (start + Duration.FromHours(1) > SlaClock.SupportedInstants.End)
                {
                    // Documented: "now" outside the clock's range.
                }
            }
        }
    }

    private static IEnumerable<string> SeedTexts()
    {
        yield return SlaPolicyDocument.Save(ZenputSla.Default);
        for (var i = 0; i < 24; i++)
        {
            var random = new Random(i);
            yield return SlaPolicyDocument.Save(RandomPolicies.Create(new Choices([.. Enumerable.Range(0, 400).Select(_ => random.Next())])));
        }

        // The README's policy documents; its other example files (an iCalendar feed) are not JSON.
        foreach (var file in Docs.ReadmeCliExampleTests.ReadExamples().SelectMany(e => e.Files).Where(f => f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            yield return file.Text;
        }
    }
}
