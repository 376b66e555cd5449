using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Zenput.Sla.Cli.Json;
using Zenput.Sla.Cli.Text;
using Zenput.Sla.Triage;

namespace Zenput.Sla.Cli.Commands;

/// <summary><c>classify</c>: recommends a severity for an impact assessment, with the criteria that matched.</summary>
internal sealed class ClassifyCommand : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var scope = CliOptions.Choice<ImpactScope>("--scope", "Who is affected.", required: true);
        var percent = CliOptions.Percent("--percent", "The share of users affected, 0 to 100, with a point for decimals (required with --scope share-of-users).");
        var loss = CliOptions.Choice<FunctionLoss>("--loss", "How much function is lost (default none).");
        var temporary = new Option<bool>("--temporary") { Description = "The loss of function is temporary." };
        var performance = CliOptions.Choice<PerformanceDegradation>("--performance", "Performance degradation (default none).");
        var data = CliOptions.Choice<DataImpact>("--data", "Impact on data gathering or presentation (default none).");
        var workaround = CliOptions.Choice<WorkaroundStatus>("--workaround", "Whether a workaround exists (default unknown: the more severe answer is assumed).");
        var category = CliOptions.Choice<IssueCategory>("--category", "The kind of issue (default general).");
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
                Scope = parse.GetValue(scope)!.Value,
                AffectedUsersPercent = parse.GetValue(percent),
                FunctionLoss = parse.GetValue(loss) ?? default,
                IsTemporary = parse.GetValue(temporary),
                PerformanceDegradation = parse.GetValue(performance) ?? default,
                DataImpact = parse.GetValue(data) ?? default,
                Workaround = parse.GetValue(workaround) ?? default,
                Category = parse.GetValue(category) ?? default,
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

                var errors = e.Errors.Count();
                throw new CliException($"The impact assessment is invalid ({errors} error{(errors == 1 ? string.Empty : "s")}).");
            }

            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(runtime.Console, TriageResultJson.From(result), CliJsonContext.Default.TriageResultJson);
            }
            else
            {
                WriteText(runtime.Console.Text, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, TriageResult result)
    {
        output.WriteLine($"Recommended severity: {ControlCharacters.OneLine(result.Severity.DisplayName)} (respond within {ControlCharacters.OneLine(result.Tier.ResponseGoal.ToString())})");
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
            output.WriteLine($"  - {ControlCharacters.OneLine(match.Criterion)}");
            output.WriteLine($"    matched on: {ControlCharacters.OneLine(string.Join("; ", match.MatchedOn))}");
        }

        var others = result.Matches.Where(m => m.Severity.Rank != result.Severity.Rank).ToList();
        if (others.Count > 0)
        {
            output.WriteLine("Also matched (less severe):");
            foreach (var match in others)
            {
                output.WriteLine($"  - {ControlCharacters.OneLine(match.Severity.DisplayName)}: {ControlCharacters.OneLine(match.Criterion)}");
            }
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"Note: {ControlCharacters.OneLine(note)}");
        }
    }
}
