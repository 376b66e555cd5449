using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Zenput.Sla.Samples.Tests.HelpdeskService;

/// <summary>
/// Runs the curl command lines of the README against an <see cref="HttpClient"/> and prints what curl
/// prints. It knows the options the README uses and fails on any other: <c>-s</c>, <c>-o /dev/null</c>,
/// <c>-w FORMAT</c> (<c>%{http_code}</c>, <c>%{content_type}</c>, <c>%header{NAME}</c>, <c>\n</c>),
/// <c>-X METHOD</c>, <c>-H 'Name: value'</c>, <c>-d DATA</c> and the URL.
/// </summary>
internal static class Curl
{
    public static async Task<string> RunAsync(HttpClient client, string commandLine)
    {
        var words = ShellWords(commandLine);
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new FormatException($"Not a curl command: {commandLine}");
        }

        string? method = null, data = null, format = null, url = null;
        var discardBody = false;
        var headers = new List<(string Name, string Value)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-o":
                    discardBody = words[++i] == "/dev/null" ? true : throw new FormatException("Only -o /dev/null is supported.");
                    break;
                case "-w":
                    format = words[++i];
                    break;
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d":
                    data = words[++i];
                    break;
                case var word when word.StartsWith('-'):
                    throw new FormatException($"The curl option {word} is not supported here.");
                default:
                    url = words[i];
                    break;
            }
        }

        using var request = new HttpRequestMessage(new HttpMethod(method ?? (data is null ? "GET" : "POST")), new Uri(url!).PathAndQuery);
        if (data is not null)
        {
            // curl sends -d data as a form unless told otherwise.
            request.Content = new StringContent(data, Encoding.UTF8);
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content!.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var output = new StringBuilder(discardBody ? string.Empty : body);
        if (format is not null)
        {
            output.Append(Expand(format, response));
        }

        return output.ToString();
    }

    private static string Expand(string format, HttpResponseMessage response)
    {
        var text = format.Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("%{http_code}", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("%{content_type}", response.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
        const string HeaderStart = "%header{";
        for (var start = text.IndexOf(HeaderStart, StringComparison.Ordinal); start >= 0; start = text.IndexOf(HeaderStart, StringComparison.Ordinal))
        {
            var end = text.IndexOf('}', start);
            var name = text[(start + HeaderStart.Length)..end];
            var value = response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : string.Empty;
            text = text[..start] + value + text[(end + 1)..];
        }

        return text;
    }

    /// <summary>Splits a command line as a POSIX shell would for these commands: single and double quotes, backslash escapes outside quotes.</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'')
            {
                var end = line.IndexOf('\'', i + 1);
                word.Append(line, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                for (i++; line[i] != '"'; i++)
                {
                    word.Append(line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' ? line[++i] : line[i]);
                }

                inWord = true;
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                word.Append(line[++i]);
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
