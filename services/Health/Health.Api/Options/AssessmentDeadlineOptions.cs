using System.ComponentModel.DataAnnotations;

namespace Health.Api.Options;

public sealed class AssessmentDeadlineOptions
{
    public const string Section = "HealthAssessments";

    /// <summary>Local practice, not statute: working days after entry to care by which the health provider is asked for the IHA.</summary>
    [Range(1, 20)]
    public int RequestToProviderWorkingDays { get; set; } = 5;
}
