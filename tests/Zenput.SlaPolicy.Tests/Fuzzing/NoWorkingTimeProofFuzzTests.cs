using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using NodaTime;
using Zenput.Sla.Engine;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Fuzzing;

/// <summary>
/// Validation refuses a tier whose clock it proves to have no working time at any instant, without the clock
/// (<see cref="WorkingTimeProof"/>). The engine is an independent judge: it compiles the actual windows and maintenance
/// of every date. Whatever the proof calls empty, the engine must measure empty, over decades around the zones' odd
/// offset changes (LMT, the wars, daylight saving time's first years) and now; a valid policy refused would be a bug.
/// </summary>
public sealed class NoWorkingTimeProofFuzzTests
{
    private static readonly (int From, int To)[] Decades = [(1880, 1890), (1940, 1950), (2020, 2035), (2400, 2410)];

    [Fact]
    public void Whatever_the_proof_calls_empty_the_engine_measures_empty()
    {
        var wrong = new List<string>();
        var proved = 0;
        for (var seed = 0; seed < 600; seed++)
        {
            // The valid-policy fuzzer's documents (maintenance windows of up to 167 hours, DST-heavy zones), with the clock
            // running during maintenance so that they load; the proof is then asked about every calendar less that maintenance.
            var document = JsonNode.Parse(ValidPolicyFuzzTests.Make(new Random(seed)).Policy)!;
            document["clockStopsDuringMaintenance"] = false;
            foreach (var tier in document["tiers"]!.AsArray())
            {
                tier!["responseGoal"]!.AsObject().Remove("clockStopsDuringMaintenance");
            }

            if (SlaPolicyDocument.Read(document.ToJsonString()).Policy is not { Maintenance: { } maintenance } policy)
            {
                continue;
            }

            foreach (var calendar in policy.Calendars)
            {
                if (WorkingTimeProof.ProvablyEmpty([calendar], maintenance))
                {
                    proved++;
                    Check(CompiledCalendars.For(calendar, maintenance), $"seed {seed}, calendar '{calendar.Name}'", wrong);
                }
            }

            if (WorkingTimeProof.ProvablyEmpty([], maintenance))
            {
                proved++;
                Check(CompiledCalendars.AlwaysOpen(maintenance), $"seed {seed}, the 24×7 clock", wrong);
            }
        }

        wrong.Should().BeEmpty();
        proved.Should().BeGreaterThan(20, "the generated maintenance covers many calendars (about one in seven)");
    }

    private static void Check(WorkingTimeline timeline, string what, List<string> wrong)
    {
        foreach (var (from, to) in Decades)
        {
            var measured = timeline.Measure(Instant.FromUtc(from, 1, 1, 0, 0), Instant.FromUtc(to, 1, 1, 0, 0));
            if (measured != Duration.Zero)
            {
                wrong.Add($"{what}: {measured} of working time in {from}-{to}");
            }
        }
    }
}
