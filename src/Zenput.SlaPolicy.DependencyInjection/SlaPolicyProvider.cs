using System;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zenput.Sla.Clock;
using Zenput.Sla.Evaluation;
using Zenput.Sla.Validation;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// The <see cref="ISlaPolicyProvider"/> that <c>AddSlaPolicy</c> registers: the policy of
/// <see cref="IOptionsMonitor{TOptions}"/>, with its clock and evaluator rebuilt only when the policy changes.
/// </summary>
internal sealed class SlaPolicyProvider : ISlaPolicyProvider, IDisposable
{
    private readonly ILogger _logger;
    private readonly IDisposable? _subscription;
    // One reference holds the policy, its clock and its evaluator, so a reader never sees half a reload.
    private TicketEvaluator _evaluator;
    private string? _lastRefusal;

    public SlaPolicyProvider(IOptionsMonitor<SlaPolicyOptions> options, ILogger<SlaPolicyProvider>? logger = null)
    {
        // Logging is optional: an application without it still gets the policy, only not the messages.
        _logger = logger ?? (ILogger)NullLogger.Instance;

        // Throws OptionsValidationException listing every error when the first policy is invalid.
        var initial = options.CurrentValue;
        _evaluator = new TicketEvaluator(initial.Policy!);
        LogWarnings(initial);
        SlaPolicyLog.PolicyInForce(_logger, _evaluator.Policy.Name, initial.Source);
        _subscription = options.OnChange((changed, name) =>
        {
            if (name == Options.DefaultName)
            {
                OnChange(changed);
            }
        });
    }

    public TicketEvaluator Evaluator => Volatile.Read(ref _evaluator);

    public SlaClock Clock => Evaluator.Clock;

    public SlaPolicy Policy => Evaluator.Policy;

    public void Dispose() => _subscription?.Dispose();

    private void OnChange(SlaPolicyOptions options)
    {
        if (options.Refused is { } errors)
        {
            // Reload tokens often fire more than once for one edit: say each refusal once.
            var lines = string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
            if (Interlocked.Exchange(ref _lastRefusal, lines) != lines)
            {
                SlaPolicyLog.PolicyRefused(_logger, options.Source, errors.Count, Policy.Name, lines);
            }

            return;
        }

        Volatile.Write(ref _lastRefusal, null);

        // An equal policy (the same document reloaded) keeps its clock and the calendars it has compiled.
        if (options.Policy is { } policy && policy != Policy)
        {
            Volatile.Write(ref _evaluator, new TicketEvaluator(policy));
            LogWarnings(options);
            SlaPolicyLog.PolicyReloaded(_logger, policy.Name, options.Source);
        }
    }

    private void LogWarnings(SlaPolicyOptions options)
    {
        foreach (PolicyFinding warning in options.Findings.Where(f => f.IsWarning))
        {
            SlaPolicyLog.PolicyWarning(_logger, warning.ToString());
        }
    }
}
