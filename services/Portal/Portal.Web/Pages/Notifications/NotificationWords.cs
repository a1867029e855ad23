namespace Portal.Web.Pages.Notifications;

/// <summary>
/// The notifications service's codes in the words the pages use: the SSDA903 codes a partner's notice carries
/// (docs/ssda903.md §2, the 2025-26 lists the service checks against) and the states of notices and deliveries.
/// </summary>
public static class NotificationWords
{
    public static readonly IReadOnlyList<(string Code, string Label)> Sexes = [("F", "Female"), ("M", "Male"), ("U", "Not known")];

    public static readonly IReadOnlyList<(string Code, string Label)> LegalStatuses =
    [
        ("C1", "C1: interim care order"),
        ("C2", "C2: full care order"),
        ("D1", "D1: freeing order"),
        ("E1", "E1: placement order"),
        ("V2", "V2: single period of accommodation under section 20"),
        ("V3", "V3: agreed series of short-term breaks, episodes recorded"),
        ("V4", "V4: agreed series of short-term breaks, agreements recorded"),
        ("L1", "L1: police protection"),
        ("L2", "L2: emergency protection order"),
        ("L3", "L3: child assessment order"),
        ("J1", "J1: remanded to local authority accommodation or youth detention"),
        ("J2", "J2: detained under PACE 1984"),
        ("J3", "J3: Youth Rehabilitation Order with residence or intensive fostering"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> PlacementTypes =
    [
        ("U1", "U1: foster placement with relative or friend, long-term"),
        ("U2", "U2: foster placement with relative or friend who is also an approved adopter"),
        ("U3", "U3: foster placement with relative or friend, other"),
        ("U4", "U4: foster placement with other foster carer, long-term"),
        ("U5", "U5: foster placement with other foster carer who is also an approved adopter"),
        ("U6", "U6: foster placement with other foster carer, other"),
        ("A3", "A3: placed for adoption with parental consent, with current foster carer"),
        ("A4", "A4: placed for adoption with parental consent, not with current foster carer"),
        ("A5", "A5: placed for adoption with a placement order, with current foster carer"),
        ("A6", "A6: placed for adoption with a placement order, not with current foster carer"),
        ("K1", "K1: secure children's home"),
        ("K2", "K2: children's home"),
        ("K3", "K3: registered supported accommodation"),
        ("P1", "P1: with own parent or other person with parental responsibility"),
        ("P3", "P3: residential employment"),
        ("R1", "R1: residential care home"),
        ("R2", "R2: NHS or other medical or nursing establishment"),
        ("R3", "R3: family centre or mother and baby unit"),
        ("R5", "R5: young offender institution or prison"),
        ("S1", "S1: residential school"),
        ("T0", "T0: temporary, any temporary move"),
        ("T1", "T1: temporary, in hospital"),
        ("T2", "T2: temporary, on holiday"),
        ("T3", "T3: temporary, while the usual foster carer is on holiday"),
        ("T4", "T4: temporary, 7 days or less for another reason"),
        ("Z11", "Z11"),
        ("Z12", "Z12"),
        ("Z13", "Z13"),
        ("Z14", "Z14"),
    ];

    public static string State(string code) => code switch
    {
        "placed" => "Placed",
        "ended" => "Ended",
        "withdrawn" => "Withdrawn",
        _ => code,
    };

    public static string Notice(string code) => code switch
    {
        "placement" => "Placement notice",
        "end" => "End notice",
        _ => code,
    };

    public static string Channel(string code) => code switch
    {
        "webhook" => "Partner's system",
        "email" => "Email",
        _ => code,
    };

    /// <summary>What a notice still lacks before it can be sent (reg 13(4)), as the service names it.</summary>
    public static string Missing(string field) => field switch
    {
        "needsAssessment" => "needs assessment",
        "reasonsForPlacement" => "reasons for the placement",
        "carePlanReference" => "care plan reference",
        _ => field,
    };
}
