namespace Landau.Site.Configuration;

/// <summary>
/// A video in Deutsche Gebärdensprache: files in <c>layouts/assets/</c> (video, poster image,
/// captions in WebVTT) and its duration as people read it ("3:20").
/// </summary>
public sealed record SignLanguageVideo(string Video, string Poster, string Captions, string Duration);
