using System;

namespace Zenput.Sla.Cli;

/// <summary>Turns a library exception into the one sentence the tool prints (no parameter names, no second line).</summary>
internal static class ErrorText
{
    public static string OneSentence(Exception exception)
    {
        var message = exception.Message;
        var newline = message.IndexOfAny(['\r', '\n']);
        if (newline >= 0)
        {
            message = message[..newline];
        }

        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameter >= 0)
        {
            message = message[..parameter];
        }

        return message.TrimEnd();
    }
}
