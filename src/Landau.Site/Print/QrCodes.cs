using System.Text;
using Landau.Site.Output;
using QRCoder;

namespace Landau.Site.Print;

/// <summary>
/// A QR code per language, pointing to that language's home page, as an SVG for flyers, postcards
/// and business cards (the Integrationskonzept's print material points to the online guide). Made
/// with QRCoder at build time; error correction level M survives a little dirt on paper.
/// </summary>
public static class QrCodes
{
    public const string Folder = "qr/";
    public const string FileName = "landau-integration-qr.svg";

    public static OutputFile Svg(string language, string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true);
        return new OutputFile(PathOf(language), Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>A language's QR code image, below the output folder.</summary>
    public static string PathOf(string language) => $"{language}/{Folder}{FileName}";
}
