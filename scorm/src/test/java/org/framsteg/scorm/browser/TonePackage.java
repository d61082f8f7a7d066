package org.framsteg.scorm.browser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.internal.player.CaptionTrack;
import org.framsteg.scorm.internal.player.LaunchConfig;
import org.framsteg.scorm.internal.player.LaunchPage;
import org.framsteg.scorm.internal.player.Transcript;

/**
 * A package folder made at test time: a sine tone as PCM WAV (which Chromium plays in both {@code
 * <audio>} and {@code <video>}), English and Swedish WebVTT captions, a transcript, the player
 * files, and one launch page per SCO written with {@link #addSco}.
 *
 * <pre>{@code
 * TonePackage pkg = TonePackage.write(dir, 10);
 * String page = pkg.addSco("v.html", LaunchConfig.MediaKind.VIDEO, ScormVersion.SCORM_12, 0.8);
 * }</pre>
 */
final class TonePackage {
  static final String MEDIA = "media/tone.wav";
  private static final int SAMPLE_RATE = 16_000;

  private final Path folder;
  private final int seconds;

  private TonePackage(Path folder, int seconds) {
    this.folder = folder;
    this.seconds = seconds;
  }

  static TonePackage write(Path folder, int seconds) throws IOException {
    Files.createDirectories(folder.resolve("media"));
    Files.createDirectories(folder.resolve("captions"));
    Files.write(folder.resolve(MEDIA), toneWav(seconds));
    Files.writeString(folder.resolve("captions/tone.en.vtt"), captions(seconds, "A steady tone"));
    Files.writeString(folder.resolve("captions/tone.sv.vtt"), captions(seconds, "En jämn ton"));
    Files.writeString(
        folder.resolve("transcript.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Transcript</title>"
            + "</head><body><p>A steady 440 Hz tone for "
            + seconds
            + " seconds.</p></body></html>");
    for (String file : LaunchPage.PLAYER_FILES) {
      Files.write(folder.resolve(file), LaunchPage.playerFile(file));
    }
    return new TonePackage(folder, seconds);
  }

  Path folder() {
    return folder;
  }

  /** The configuration of a SCO that plays the tone. */
  LaunchConfig.Builder config(
      LaunchConfig.MediaKind kind, ScormVersion version, double completionThreshold) {
    return LaunchConfig.builder()
        .activityId("urn:framsteg:test:tone-" + kind.element())
        .title("Tone " + kind.element() + " – SCORM " + (version.isScorm2004() ? "2004" : "1.2"))
        .language(Locale.ENGLISH)
        .mediaKind(kind)
        .src(MEDIA)
        .mediaType("audio/wav")
        .duration(Duration.ofSeconds(seconds))
        .addCaptions(
            new CaptionTrack("captions/tone.en.vtt", Locale.ENGLISH, "English", true),
            new CaptionTrack("captions/tone.sv.vtt", Locale.forLanguageTag("sv"), "Svenska", false))
        .transcript(new Transcript("transcript.html", "Transcript"))
        .completionThreshold(completionThreshold)
        .scormVersion(version);
  }

  /** Writes a launch page for the tone; returns its file name. */
  String addSco(
      String fileName, LaunchConfig.MediaKind kind, ScormVersion version, double threshold)
      throws IOException {
    return addSco(fileName, config(kind, version, threshold).build());
  }

  /** Writes a launch page from any configuration; returns its file name. */
  String addSco(String fileName, LaunchConfig config) throws IOException {
    Files.write(folder.resolve(fileName), LaunchPage.render(config));
    return fileName;
  }

  /** 16-bit mono PCM WAV of a quiet 440 Hz sine. */
  static byte[] toneWav(int seconds) {
    int samples = seconds * SAMPLE_RATE;
    ByteBuffer wav = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * samples);
    wav.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    wav.putShort((short) 1).putShort((short) 1); // PCM, mono
    wav.putInt(SAMPLE_RATE).putInt(2 * SAMPLE_RATE); // sample rate, byte rate
    wav.putShort((short) 2).putShort((short) 16); // block align, bits per sample
    wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples);
    for (int i = 0; i < samples; i++) {
      wav.putShort((short) Math.round(6000 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE)));
    }
    return wav.array();
  }

  private static String captions(int seconds, String text) {
    int half = seconds / 2;
    return String.format(
        Locale.ROOT,
        "WEBVTT%n%n00:00.000 --> 00:%02d.000%n%s.%n%n00:%02d.000 --> 00:%02d.000%n%s, still.%n",
        half,
        text,
        half,
        seconds,
        text);
  }
}
