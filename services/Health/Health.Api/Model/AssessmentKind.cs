namespace Health.Api.Model;

public enum AssessmentKind
{
    Initial,
    Review,
}
