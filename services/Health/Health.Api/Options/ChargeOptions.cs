using System.ComponentModel.DataAnnotations;

namespace Health.Api.Options;

public sealed class ChargeOptions
{
    public const string Section = "Health:Charges";

    /// <summary>What a placing authority pays for one review health assessment, in pounds (local tariff).</summary>
    [Range(typeof(decimal), "0.01", "100000")]
    public decimal ReviewHealthAssessmentTariff { get; set; }
}
