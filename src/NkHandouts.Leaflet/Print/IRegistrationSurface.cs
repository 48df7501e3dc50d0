namespace NkHandouts.Leaflet.Print;

/// <summary>A surface that can stroke in registration colour (ink on every plate), for printer's marks. Surfaces
/// without it (previews) draw the marks in black; the PDF surface of a print file has it.</summary>
public interface IRegistrationSurface
{
    void StrokeRegistration(double x1, double y1, double x2, double y2, double width);
}
