package org.framsteg.scorm.internal.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageEntry;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageRule;
import org.framsteg.scorm.ScormPackage;
import org.framsteg.scorm.internal.manifest.ManifestParser;
import org.framsteg.scorm.internal.zip.EntryNames;
import org.framsteg.scorm.internal.zip.ZipScanner;

/** Reads packages and manifests for {@link org.framsteg.scorm.PackageReader}. */
public final class PackageImporter {
  public static final String MANIFEST = "imsmanifest.xml";

  private PackageImporter() {}

  /**
   * Reads (and, with a target, extracts) a package from a zip stream.
   *
   * @param target an empty or missing folder to extract into, or {@code null} to only read
   */
  public static ScormPackage read(InputStream zip, PackageLimits limits, Path target)
      throws IOException {
    Extraction extraction = target == null ? null : Extraction.into(target);
    try {
      Collector collector = new Collector(limits, extraction);
      List<ZipScanner.Entry> entries = ZipScanner.scan(zip, limits, collector);
      List<ImportReport.Entry> notes = new ArrayList<>();
      List<PackageEntry> files = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (ZipScanner.Entry e : entries) {
        if (!e.directory()) {
          files.add(new PackageEntry(e.name(), e.size()));
          names.add(e.name());
        }
        if (e.rawName().indexOf('\\') >= 0) {
          notes.add(new ImportReport.Entry(ImportReport.Severity.INFO, e.rawName(),
              "backslashes read as folder separators: " + e.name()));
        }
      }
      String manifestName = manifestName(names, notes);
      byte[] manifest = collector.kept.get(manifestName);
      ManifestParser.Result result = ManifestParser.parse(manifest, manifestName, limits,
          path -> Optional.ofNullable(collector.kept.get(path)),
          Optional.of(Collections.unmodifiableSet(names)));
      ImportReport report = new ImportReport(notes).plus(result.report());
      return new ScormPackage(result.manifest(), report, files);
    } catch (IOException | RuntimeException e) {
      if (extraction != null) {
        extraction.undo(e);
      }
      throw e;
    }
  }

  private static String manifestName(Set<String> names, List<ImportReport.Entry> notes) {
    if (names.contains(MANIFEST)) {
      return MANIFEST;
    }
    for (String n : names) {
      if (n.equalsIgnoreCase(MANIFEST)) {
        notes.add(new ImportReport.Entry(ImportReport.Severity.WARNING, n,
            "the manifest must be named imsmanifest.xml, in lower case; read all the same"));
        return n;
      }
    }
    String nested = names.stream()
        .filter(n -> n.toLowerCase(Locale.ROOT).endsWith("/" + MANIFEST))
        .min((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
    String hint = nested == null ? "" : "; found " + nested
        + ": zip the contents of its folder, not the folder itself";
    throw new PackageException(new PackageProblem(MANIFEST, "", PackageRule.MANIFEST_MISSING,
        "no imsmanifest.xml at the root of the package" + hint));
  }

  /** Reads a manifest file; {@code adlcp:location} files are read beside it, never outside. */
  public static ManifestImport readManifest(Path file, PackageLimits limits) throws IOException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes = readBounded(file, limits.maxManifestBytes(), name);
    Path folder = file.toAbsolutePath().getParent();
    ManifestParser.Result result = ManifestParser.parse(bytes, name, limits,
        path -> folder == null ? Optional.empty() : besideManifest(folder, path, limits),
        Optional.empty());
    return new ManifestImport(result.manifest(), result.report());
  }

  /** Reads a manifest from bytes; {@code adlcp:location} files are not available. */
  public static ManifestImport readManifest(byte[] bytes, PackageLimits limits) {
    ManifestParser.Result result = ManifestParser.parse(bytes, MANIFEST, limits,
        path -> Optional.empty(), Optional.empty());
    return new ManifestImport(result.manifest(), result.report());
  }

  /** Reads a manifest from a stream, at most {@link PackageLimits#maxManifestBytes()}. */
  public static ManifestImport readManifest(InputStream in, PackageLimits limits)
      throws IOException {
    BoundedBuffer buffer = new BoundedBuffer(limits.maxManifestBytes(), MANIFEST, true);
    in.transferTo(buffer);
    return readManifest(buffer.toByteArray(), limits);
  }

  private static Optional<byte[]> besideManifest(Path folder, String path, PackageLimits limits) {
    try {
      Path candidate = EntryNames.resolveInside(folder, EntryNames.normalise(path));
      if (!Files.isRegularFile(candidate)
          || !candidate.toRealPath().startsWith(folder.toRealPath())) {
        return Optional.empty();
      }
      return Optional.of(readBounded(candidate, limits.maxManifestBytes(), path));
    } catch (PackageException | IOException e) {
      return Optional.empty();
    }
  }

  private static byte[] readBounded(Path file, int max, String entry) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      BoundedBuffer buffer = new BoundedBuffer(max, entry, true);
      in.transferTo(buffer);
      return buffer.toByteArray();
    }
  }

  /**
   * Keeps the manifest (refusing one over the limit) and other XML files up to a budget of one
   * manifest's size in all, for {@code adlcp:location}; writes files when extracting.
   */
  private static final class Collector implements ZipScanner.Sink {
    private final PackageLimits limits;
    private final Extraction extraction;
    private final Map<String, byte[]> kept = new HashMap<>();
    private long xmlBudget;

    Collector(PackageLimits limits, Extraction extraction) {
      this.limits = limits;
      this.extraction = extraction;
      this.xmlBudget = limits.maxManifestBytes();
    }

    @Override
    public OutputStream open(String name) throws IOException {
      OutputStream file = extraction == null ? null : extraction.create(name);
      BoundedBuffer keep = null;
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals(MANIFEST)) {
        keep = new BoundedBuffer(limits.maxManifestBytes(), name, true);
      } else if (lower.endsWith(".xml") && xmlBudget > 0) {
        keep = new BoundedBuffer((int) Math.min(xmlBudget, limits.maxManifestBytes()), name, false);
      }
      if (file == null) {
        return keep;
      }
      return keep == null ? file : new Tee(file, keep);
    }

    @Override
    public void completed(String name, OutputStream out, long size) throws IOException {
      BoundedBuffer keep = out instanceof BoundedBuffer b ? b
          : out instanceof Tee t ? t.keep : null;
      if (out != null) {
        out.close();
      }
      if (keep != null && !keep.overflowed) {
        kept.put(name, keep.toByteArray());
        if (!name.equalsIgnoreCase(MANIFEST)) {
          xmlBudget -= keep.size();
        }
      }
    }

    @Override
    public void directory(String name) throws IOException {
      if (extraction != null && !name.isEmpty()) {
        extraction.directory(name);
      }
    }
  }

  /** A byte buffer with a ceiling: past it, it refuses (the manifest) or stops keeping. */
  private static final class BoundedBuffer extends ByteArrayOutputStream {
    private final int max;
    private final String entry;
    private final boolean refuse;
    private boolean overflowed;

    BoundedBuffer(int max, String entry, boolean refuse) {
      this.max = max;
      this.entry = entry;
      this.refuse = refuse;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      if (overflowed) {
        return;
      }
      if ((long) count + len > max) {
        if (refuse) {
          throw new PackageException(new PackageProblem(entry, "", PackageRule.MANIFEST_TOO_LARGE,
              "larger than the limit of " + max + " bytes"));
        }
        overflowed = true;
        reset();
        return;
      }
      super.write(b, off, len);
    }

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }

  private static final class Tee extends OutputStream {
    private final OutputStream file;
    private final BoundedBuffer keep;

    Tee(OutputStream file, BoundedBuffer keep) {
      this.file = file;
      this.keep = keep;
    }

    @Override
    public void write(int b) throws IOException {
      file.write(b);
      keep.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      file.write(b, off, len);
      keep.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  /**
   * Writes entries under an empty folder, each path checked to stay inside it (also through
   * links on the way), never overwriting; on failure removes what it wrote.
   */
  private static final class Extraction {
    private final Path root;
    private final Path realRoot;
    private final boolean createdRoot;
    private final List<Path> created = new ArrayList<>();
    private OutputStream open;

    private Extraction(Path root, Path realRoot, boolean createdRoot) {
      this.root = root;
      this.realRoot = realRoot;
      this.createdRoot = createdRoot;
    }

    static Extraction into(Path target) throws IOException {
      Path root = target.toAbsolutePath().normalize();
      boolean created = false;
      if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(root)) {
          throw unsafe(root.toString(), "the target exists and is not a folder");
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
          if (children.iterator().hasNext()) {
            throw unsafe(root.toString(), "the target folder is not empty");
          }
        }
      } else {
        Files.createDirectories(root);
        created = true;
      }
      return new Extraction(root, root.toRealPath(), created);
    }

    OutputStream create(String name) throws IOException {
      Path file = EntryNames.resolveInside(root, name);
      Path parent = file.getParent();
      mkdirs(parent);
      if (!parent.toRealPath().startsWith(realRoot)) {
        throw unsafe(name, "its folder resolves outside the target");
      }
      try {
        open = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      } catch (FileAlreadyExistsException e) {
        throw new PackageException(List.of(new PackageProblem(name, "",
            PackageRule.DUPLICATE_ENTRY, "the file already exists in the target")), e);
      }
      created.add(file);
      return open;
    }

    void directory(String name) throws IOException {
      mkdirs(EntryNames.resolveInside(root, name));
    }

    private void mkdirs(Path dir) throws IOException {
      List<Path> missing = new ArrayList<>();
      for (Path p = dir; p != null && p.startsWith(root) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
          p = p.getParent()) {
        missing.add(0, p);
      }
      for (Path p : missing) {
        Files.createDirectory(p);
        created.add(p);
      }
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw unsafe(root.relativize(dir).toString(), "is not a folder in the target");
      }
    }

    /** Removes everything written, newest first; the cause keeps any failure to remove. */
    void undo(Exception cause) {
      try {
        if (open != null) {
          open.close();
        }
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
      for (int i = created.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(created.get(i));
        } catch (IOException e) {
          cause.addSuppressed(e);
        }
      }
      if (createdRoot) {
        try {
          Files.deleteIfExists(root);
        } catch (IOException e) {
          cause.addSuppressed(e);
        }
      }
    }

    private static PackageException unsafe(String entry, String detail) {
      return new PackageException(new PackageProblem(entry, "", PackageRule.EXTRACTION_UNSAFE,
          detail));
    }
  }
}
