using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>classify</c>: recommends a severity for an impact assessment, with the criteria that matched.</summary>
internal sealed class ClassifyCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var scope = EnumOption<ImpactScope>("--scope", "Who is affected.", required: true);
        var percent = new Option<decimal?>("--percent") { Description = "The share of users affected, 0 to 100 (required with --scope share-of-users).", HelpName = "0-100" };
        var loss = EnumOption<FunctionLoss>("--loss", "How much function is lost (default none).");
        var temporary = new Option<bool>("--temporary") { Description = "The loss of function is temporary." };
        var performance = EnumOption<PerformanceDegradation>("--performance", "Performance degradation (default none).");
        var data = EnumOption<DataImpact>("--data", "Impact on data gathering or presentation (default none).");
        var workaround = EnumOption<WorkaroundStatus>("--workaround", "Whether a workaround exists (default unknown: the more severe answer is assumed).");
        var category = EnumOption<IssueCategory>("--category", "The kind of issue (default general).");
        var function = new Option<string>("--function") { Description = "The affected function, in words (shown, never decides the level).", HelpName = "TEXT" };
        var policy = CliRuntime.PolicyOption();
        var format = CliRuntime.FormatOption("text", "json");

        var command = new Command("classify", "Recommend a severity for an impact assessment, citing the SLA's definitions that matched and flagging cases the definitions do not cover. Exit code 2 for an invalid assessment.");
        foreach (var option in new Option[] { scope, percent, loss, temporary, performance, data, workaround, category, function, policy, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var assessment = new ImpactAssessment
            {
                Scope = Parse<ImpactScope>(parse.GetValue(scope)!, "--scope"),
                AffectedUsersPercent = parse.GetValue(percent),
                FunctionLoss = ParseOrDefault<FunctionLoss>(parse.GetValue(loss), "--loss"),
                IsTemporary = parse.GetValue(temporary),
                PerformanceDegradation = ParseOrDefault<PerformanceDegradation>(parse.GetValue(performance), "--performance"),
                DataImpact = ParseOrDefault<DataImpact>(parse.GetValue(data), "--data"),
                Workaround = ParseOrDefault<WorkaroundStatus>(parse.GetValue(workaround), "--workaround"),
                Category = ParseOrDefault<IssueCategory>(parse.GetValue(category), "--category"),
                AffectedFunction = parse.GetValue(function),
            };

            TriageResult result;
            try
            {
                result = new SeverityClassifier(runtime.LoadPolicy(parse.GetValue(policy))).Classify(assessment);
            }
            catch (InvalidImpactAssessmentException e)
            {
                foreach (var finding in e.Findings)
                {
                    runtime.Console.Error.WriteLine(finding);
                }

                throw new CliException($"The impact assessment is invalid ({e.Errors.Count()} error{(e.Errors.Count() == 1 ? string.Empty : "s")}).");
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(runtime.Console.Out, result);
            }
            else
            {
                WriteText(runtime.Console.Out, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> EnumOption<TEnum>(string name, string description, bool required = false)
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>().Select(Kebab).ToArray();
        var option = new Option<string>(name) { Description = description, Required = required, HelpName = string.Join("|", names) };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    private static TEnum ParseOrDefault<TEnum>(string? text, string option)
        where TEnum : struct, Enum => text is null ? default : Parse<TEnum>(text, option);

    private static TEnum Parse<TEnum>(string text, string option)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().FirstOrDefault(v => Kebab(v.ToString()) == text) is var value && Kebab(value.ToString()) == text
            ? value
            : throw new CliException($"{option} '{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(Kebab))}.");

    /// <summary><c>CoreComponent</c> → <c>core-component</c>.</summary>
    internal static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static void WriteText(TextWriter output, TriageResult result)
    {
        output.WriteLine($"Recommended severity: {result.Severity.DisplayName} (respond within {result.Tier.ResponseGoal})");
        if (result.IsOutsideDefinitions)
        {
            output.WriteLine("Outside the SLA's definitions: the recommendation errs toward the more severe level.");
        }

        if (result.DependsOnUnknowns)
        {
            output.WriteLine("Depends on an unknown: the more severe answer was assumed.");
        }

        output.WriteLine("Because:");
        foreach (var match in result.Reasons)
        {
            output.WriteLine($"  - {match.Criterion}");
            output.WriteLine($"    matched on: {string.Join("; ", match.MatchedOn)}");
        }

        var others = result.Matches.Where(m => m.Severity.Rank != result.Severity.Rank).ToList();
        if (others.Count > 0)
        {
            output.WriteLine("Also matched (less severe):");
            foreach (var match in others)
            {
                output.WriteLine($"  - {match.Severity.DisplayName}: {match.Criterion}");
            }
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"Note: {note}");
        }
    }

    private static void WriteJson(TextWriter output, TriageResult result)
    {
        CliJson.WriteLine(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("severity", result.Severity.Name.ToLowerInvariant());
            w.WriteNumber("severityRank", result.Severity.Rank);
            w.WriteString("responseGoal", result.Tier.ResponseGoal.ToString());
            w.WriteBoolean("outsideDefinitions", result.IsOutsideDefinitions);
            w.WriteBoolean("dependsOnUnknowns", result.DependsOnUnknowns);
            w.WriteStartArray("matches");
            foreach (var match in result.Matches)
            {
                w.WriteStartObject();
                w.WriteString("rule", match.Rule.Id);
                w.WriteNumber("severityRank", match.Severity.Rank);
                w.WriteString("criterion", match.Criterion);
                w.WriteBoolean("decisive", match.Severity.Rank == result.Severity.Rank);
                w.WriteStartArray("matchedOn");
                foreach (var fact in match.MatchedOn)
                {
                    w.WriteStringValue(fact);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var note in result.Notes)
            {
                w.WriteStringValue(note);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
