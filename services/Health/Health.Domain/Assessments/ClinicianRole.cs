namespace Health.Domain;

/// <summary>The professional who carried out an assessment or check.</summary>
public enum ClinicianRole
{
    /// <summary>A registered medical practitioner: the only role that may do an IHA (CPPCR reg 7).</summary>
    Doctor,
    Nurse,
    Midwife,
    Dentist,
    Optometrist,
    Audiologist,
}
