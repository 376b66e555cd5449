namespace HelpdeskService;

/// <summary>Every problem found in a request, by field, for one 400 <c>application/problem+json</c> answer that lists them all.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Records a problem with a field.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The 400 answer: a validation problem whose <c>errors</c> name each field and its problems.</summary>
    public IResult ToResult(string title) =>
        Results.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: title);
}
