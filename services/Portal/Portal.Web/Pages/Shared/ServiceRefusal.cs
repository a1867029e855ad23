using Portal.Web.Services;

namespace Portal.Web.Pages.Shared;

/// <summary>A service's refusal of a form, put against the form's fields so the person sees it where they typed.</summary>
public static class ServiceRefusal
{
    /// <param name="fields">The service's field names, each with the form's field id and how the message names it ("The date").</param>
    /// <param name="firstField">Where a refusal that names no field of the form goes: the form's first field.</param>
    public static void Into(Dictionary<string, string> errors, ServiceProblem problem, IReadOnlyDictionary<string, (string Id, string Label)> fields, string firstField)
    {
        foreach (var (field, message) in problem.FieldErrors)
        {
            var (id, label) = fields.TryGetValue(field, out var known) ? known : (firstField, "This");
            errors[id] = $"{label} {message}";
        }
        if (errors.Count == 0)
        {
            errors[firstField] = problem.Kind == ServiceProblemKind.NotAnswering ? $"{problem.ServiceName} {problem.Message}" : problem.Message;
        }
    }
}
