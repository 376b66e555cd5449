using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Serialization;
using Zenput.Sla.Tests.Clock;
using Zenput.Sla.Tests.Generators;
using Zenput.Sla.Tests.Serialization;

namespace Zenput.Sla.Tests.Concurrency;

/// <summary>
/// A policy and its lazily compiled calendars shared by eight threads that start together (a
/// <see cref="Barrier"/>) and ask about tickets spread over ~400 years, so that every thread reaches
/// every uncompiled chunk (2^49 ticks, about 21 months) of every calendar at about the same time: each
/// answer is exactly the single-threaded answer of a clock over an equal policy compiled on its own.
/// </summary>
public sealed class SharedClockConcurrencyTests
{
    private const int Threads = 8;

    /// <summary>A chunk of the compiled timelines: 2^49 ticks.</summary>
    private static readonly Duration Chunk = Duration.FromTicks(1L << 49);

    [Fact]
    public void Eight_threads_sharing_a_policy_and_compiling_its_chunks_concurrently_get_exactly_the_single_threaded_answers()
    {
        var policies = new List<SlaPolicy>
        {
            ClockTestKit.Policy(true, ClockTestKit.NineToFive("America/Los_Angeles", name: "office"), ClockTestKit.NineToFive("Asia/Kathmandu", name: "kathmandu")),
        };
        for (var i = 0; policies.Count < 6; i++)
        {
            var random = new Random(i);
            var policy = RandomPolicies.Create(new Choices([.. Enumerable.Range(0, 400).Select(_ => random.Next())]));
            if (policy.Calendars.Count > 0)
            {
                policies.Add(policy);
            }
        }

        var compared = 0;
        foreach (var policy in policies)
        {
            var document = SlaPolicyDocument.SaveToUtf8Bytes(policy);
            var questions = Questions(policy);

            // Each clock gets its own copy of the policy: compiled timelines are shared by calendar instance.
            var alone = new SlaClock(SlaPolicyDocument.Load(new System.IO.MemoryStream(document)));
            var expected = questions.Select(q => q.Ask(alone)).ToArray();
            var shared = new SlaClock(SlaPolicyDocument.Load(new System.IO.MemoryStream(document)));
            var answers = new string[Threads][];
            using var barrier = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                // Half the threads walk the chunks forwards, half backwards: both ends race over every chunk.
                var order = t % 2 == 0 ? Enumerable.Range(0, questions.Count) : Enumerable.Range(0, questions.Count).Reverse();
                var mine = new string[questions.Count];
                barrier.SignalAndWait();
                foreach (var i in order)
                {
                    // Any other exception is a wrong answer of this question: caught here, it is reported with the
                    // question below instead of ending the test host (a thread's unhandled exception does).
                    try
                    {
                        mine[i] = questions[i].Ask(shared);
                    }
#pragma warning disable CA1031
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        mine[i] = $"unexpected {e.GetType().Name}: {e.Message}";
                    }
                }

                answers[t] = mine;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            for (var t = 0; t < Threads; t++)
            {
                for (var i = 0; i < questions.Count; i++)
                {
                    answers[t][i].Should().Be(expected[i], $"thread {t} asked {questions[i]} of {policy.Name}");
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(policies.Count * Threads * 200, "the threads asked about hundreds of chunks of every policy");
    }

    /// <summary>One question per tier and chunk, from 1800 to 2250, at a different offset into each chunk.</summary>
    private static List<Question> Questions(SlaPolicy policy)
    {
        var questions = new List<Question>();
        var start = Instant.FromUtc(1800, 1, 1, 0, 0);
        var end = Instant.FromUtc(2250, 1, 1, 0, 0);
        var index = 0;
        for (var at = start; at < end; at += Chunk)
        {
            foreach (var tier in policy.Tiers)
            {
                var offset = Duration.FromTicks((1L << 49) / 97 * (index++ % 97));
                questions.Add(new Question(at + offset, tier));
            }
        }

        return questions;
    }

    /// <summary>A ticket of a tier reported at an instant: its due time, its elapsed time over 40 days and its status 3 days on.</summary>
    private sealed record Question(Instant Start, SeverityTier Tier)
    {
        public string Ask(SlaClock clock)
        {
            // Ask by rank: the clock's tier must be its own policy's (the shared and single-threaded policies are copies).
            var tier = clock.Policy!.GetTier(Tier.Severity.Rank);
            try
            {
                var due = clock.DueAt(Start, tier);
                var elapsed = clock.Elapsed(Start, Start + Duration.FromDays(40), tier);
                var status = clock.Status(Start, tier, Start + Duration.FromDays(3));
                return $"{due} {elapsed} {status.DueAt} {status.Elapsed} {status.IsBreached}";
            }
            catch (SlaClockException e)
            {
                return $"{e.GetType().Name}: {e.Message}";
            }
        }

        public override string ToString() => $"{Tier.Severity.Name} from {Start}";
    }
}
