namespace NkHandouts.ReadingLevel.Formulas;

/// <summary>The five bands of the INFLESZ scale, hardest first.</summary>
public enum InfleszBand
{
    MuyDificil,
    AlgoDificil,
    Normal,
    BastanteFacil,
    MuyFacil,
}

/// <summary>
/// Barrio-Cantalejo, I. M., Simón-Lorda, P., Melguizo, M., Escalona, I., Marijuán, M. I., Hernando, P. (2008).
/// Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes.
/// <i>Anales del Sistema Sanitario de Navarra</i> 31(2):135–152. Reads a Szigriszt-Pazos perspicuity as:
/// under 40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, over 80 muy fácil. The authors
/// advise 55 or more for patient texts; the project's patient policy asks for "bastante fácil" (65).
/// </summary>
public static class Inflesz
{
    public static InfleszBand Band(double perspicuity) => perspicuity switch
    {
        < 40 => InfleszBand.MuyDificil,
        < 55 => InfleszBand.AlgoDificil,
        < 65 => InfleszBand.Normal,
        <= 80 => InfleszBand.BastanteFacil,
        _ => InfleszBand.MuyFacil,
    };

    /// <summary>The band's name as the paper prints it.</summary>
    public static string Name(InfleszBand band) => band switch
    {
        InfleszBand.MuyDificil => "muy difícil",
        InfleszBand.AlgoDificil => "algo difícil",
        InfleszBand.Normal => "normal",
        InfleszBand.BastanteFacil => "bastante fácil",
        _ => "muy fácil",
    };

    /// <summary>The lowest perspicuity of a band (policy thresholds).</summary>
    public static double Minimum(InfleszBand band) => band switch
    {
        InfleszBand.MuyDificil => double.NegativeInfinity,
        InfleszBand.AlgoDificil => 40,
        InfleszBand.Normal => 55,
        InfleszBand.BastanteFacil => 65,
        _ => 80.000001,
    };

    /// <summary>Parses a band name as written in a template ("bastante fácil", "bastante-facil", "BastanteFacil").</summary>
    public static InfleszBand? Parse(string text)
    {
        var key = new string(text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsAsciiLetter).ToArray());
        return key switch
        {
            "muydificil" => InfleszBand.MuyDificil,
            "algodificil" => InfleszBand.AlgoDificil,
            "normal" => InfleszBand.Normal,
            "bastantefacil" => InfleszBand.BastanteFacil,
            "muyfacil" => InfleszBand.MuyFacil,
            _ => null,
        };
    }
}
