namespace NkHandouts.Templates;

/// <summary>
/// Keeps text away from templates branded for another audience: clinician text in a "Patient information" leaflet
/// reads as patient advice and gets printed as such. A template serves the audiences it lists, plus those it names
/// in <c>allowAudiences:</c>; a template that lists none serves everyone.
/// </summary>
public static class AudienceGuard
{
    public static bool Refuses(Template template, string audience, out string message, out string hint)
    {
        message = hint = "";
        if (template.Serves(audience) || template.AllowAudiences.Contains(audience, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var serves = string.Join(", ", template.Audiences);
        message = $"template '{template.Name}' is made for {serves}; this article's audience is '{audience}'";
        hint = $"use a template for {audience} (or an adapted version of the article written for {serves}); "
            + $"to build it anyway on purpose, add 'allowAudiences: [{audience}]' to {template.Name}/template.yaml";
        return true;
    }
}
