/* fv-output.c — where an export writes, without destroying what is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export goes where the person points, and never leaves half a file or
 * destroys one:
 * - a regular file is written through g_file_replace(): the bytes go to a
 *   temporary beside it, which takes its place by rename() only once it is
 *   complete, and gets its mode and, where we may, its owner just before;
 *   a file that is not there yet is written in place, and removed again if
 *   the export fails;
 * - a symbolic link is written through: its target is replaced so, and the
 *   link stays a link (rename() over the link would replace the link);
 * - "-" is standard output, and a FIFO or a character device (/dev/full,
 *   a terminal), or a path that is our standard output (/dev/stdout), is
 *   written directly, opened as given: there is nothing to replace, and a
 *   write that fails is an error, not a success;
 * - a folder, a socket or a block device is refused before anything is
 *   drawn, and so is the file the export was made from (the model), by
 *   whatever name or link it is reached.
 *
 * Where g_file_replace() (GLib 2.74) falls short, and what is done here:
 * - It creates its temporary with mode 0666 (less the umask) and then
 *   gives it the mode of the file it replaces: for a moment a private
 *   file's replacement is readable by all, long enough to open it and read
 *   it later. G_FILE_CREATE_PRIVATE makes it 0600, and
 *   G_FILE_CREATE_REPLACE_DESTINATION keeps it so until fv_output_commit()
 *   gives it the old file's mode, just before the rename.
 * - Without REPLACE_DESTINATION it truncates and rewrites in place a file
 *   with more than one link, or one whose owner it cannot give the
 *   temporary: a full disk would then destroy the old file. With it, the
 *   temporary is always used (a hard link is broken, as by any rename).
 * - On a failed write nothing removes what it wrote: a new file stays, cut
 *   short. fv_output_free() removes it, when it is still the file we made.
 *   The temporary of a file replaced goes with g_output_stream_close()
 *   under a cancelled cancellable, which closes it without renaming.
 * - Its temporary is named ".goutputstream-XXXXXX", whatever the target's
 *   name: a 255-byte file name can be replaced.
 * - Where it cannot make a temporary at all (no inodes left), it removes
 *   the old file and writes a new one in its place: that case is not
 *   guarded.
 * - It has no file without a name (O_TMPFILE): an export that is killed
 *   outright leaves its temporary behind (0600, named .goutputstream-…)
 *   or, for a new file, the part written. A failure it lives through
 *   leaves nothing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gfiledescriptorbased.h>
#include <cairo.h>

#include "fv-output.h"
#include "fv-format.h"

G_DEFINE_QUARK (fv-output-error-quark, fv_output_error)

struct _FvOutput
{
  char          *path;      /* as given, for messages */
  GFile         *target;    /* where the bytes end up: NULL when direct */
  GOutputStream *stream;    /* g_file_replace()'s */
  int            fd;        /* what the bytes are written to: the stream's, or a direct output's */
  gboolean       direct;    /* written in place: standard output, a FIFO, a device */
  gboolean       created;   /* a new file, written in place: removed unless committed */
  GStatBuf       made;      /* the new file: its device and inode */
  gboolean       replacing; /* a regular file is there: give its mode and owner */
  GStatBuf       replaced;
  GError        *write_error;  /* what GIO said when it failed, where no errno says it */

  /* What fv_output_cairo_write() checks and tells. */
  GCancellable     *cancellable;
  FvOutputProgress  progress;
  gpointer          progress_data;
  int               saved_errno;
};

static char *
display_name (const char *path)
{
  g_autofree char *name = NULL;

  if (g_str_equal (path, "-"))
    return g_strdup (_("standard output"));
  name = g_filename_display_name (path);
  return fv_text_escape_controls (name);
}

/**
 * fv_output_error:
 * @saved_errno: what failed
 *
 * Sets @error to "Could not write “PATH”: REASON"; as GIO gave the reason
 * where no errno says it.
 *
 * Returns: %FALSE
 */
gboolean
fv_output_error (FvOutput  *output,
                 int        saved_errno,
                 GError   **error)
{
  g_autofree char *name = display_name (output->path);

  g_set_error (error, FV_OUTPUT_ERROR, FV_OUTPUT_ERROR_WRITE, _("Could not write “%s”: %s"),
               name, output->write_error != NULL && saved_errno == EIO
                     ? output->write_error->message : g_strerror (saved_errno));
  return FALSE;
}

/* The errno behind a GIO error, where one says it (so that every message
 * reads "Could not write “X”: No such file or directory", whoever
 * failed); else 0, and ERROR is kept to be told as GIO says it. */
static int
errno_from_gio (FvOutput *output,
                GError   *error)
{
  static const int candidates[] = {
    ENOENT, EACCES, EROFS, ENOSPC, EISDIR, ENOTDIR, ENAMETOOLONG, ELOOP, EEXIST, EMFILE, EINVAL,
  };

  if (error->domain == G_IO_ERROR && error->code != G_IO_ERROR_FAILED)
    for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
      if ((int) g_io_error_from_errno (candidates[i]) == error->code)
        return candidates[i];
  g_clear_error (&output->write_error);
  output->write_error = g_error_copy (error);
  return EIO;
}

/* The file a chain of symbolic links from PATH ends at, whether or not it
 * exists yet. NULL, with errno set, for a loop or a link that cannot be
 * read. */
static char *
resolve_links (const char *path)
{
  g_autofree char *at = g_strdup (path);

  for (guint depth = 0; depth < 40; depth++)
    {
      GStatBuf info;
      g_autofree char *link = NULL;

      if (g_lstat (at, &info) != 0 || !S_ISLNK (info.st_mode))
        return g_steal_pointer (&at);

      link = g_file_read_link (at, NULL);
      if (link == NULL)
        return NULL;
      if (!g_path_is_absolute (link))
        {
          g_autofree char *dir = g_path_get_dirname (at);

          g_free (at);
          at = g_build_filename (dir, link, NULL);
        }
      else
        {
          g_free (at);
          at = g_steal_pointer (&link);
        }
    }

  errno = ELOOP;
  return NULL;
}

static FvOutput *
open_failed (FvOutput  *output,
             int        saved_errno,
             GError   **error)
{
  fv_output_error (output, saved_errno, error);
  fv_output_free (output);
  return NULL;
}

static gboolean
same_file (const GStatBuf *a,
           const GStatBuf *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Whether INFO is the file MUST_NOT_BE (after its links). */
static gboolean
is_input (const GStatBuf *info,
          GFile          *must_not_be)
{
  g_autofree char *input = must_not_be != NULL ? g_file_get_path (must_not_be) : NULL;
  GStatBuf input_info;

  return input != NULL && g_stat (input, &input_info) == 0 && same_file (info, &input_info);
}

static FvOutput *
refuse_input (FvOutput  *output,
              GError   **error)
{
  g_autofree char *name = display_name (output->path);

  g_set_error (error, FV_OUTPUT_ERROR, FV_OUTPUT_ERROR_SAME_AS_INPUT,
               /* translators: an export would replace the very file it was made from */
               _("“%s” is the fact model being exported: writing there would destroy it; "
                 "choose another file"), name);
  fv_output_free (output);
  return NULL;
}

/**
 * fv_output_check_not_source_text:
 * @path: where an export is to write, as for fv_output_open()
 * @text_file: (nullable): the file a source's text was read from, which
 *   the export checks quotations against
 *
 * Whether writing @path would write over @text_file, by whatever name or
 * link @path reaches it: an input of the export as much as its model is.
 *
 * Returns: TRUE when @path is not @text_file; FALSE, with @error set
 *   (FV_OUTPUT_ERROR_SAME_AS_INPUT), when it is
 */
gboolean
fv_output_check_not_source_text (const char  *path,
                                 GFile       *text_file,
                                 GError     **error)
{
  GStatBuf info;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (text_file == NULL || G_IS_FILE (text_file), FALSE);

  if (g_str_equal (path, "-") ? fstat (STDOUT_FILENO, &info) != 0 : g_stat (path, &info) != 0)
    return TRUE;
  if (!is_input (&info, text_file))
    return TRUE;

  name = display_name (path);
  g_set_error (error, FV_OUTPUT_ERROR, FV_OUTPUT_ERROR_SAME_AS_INPUT,
               /* translators: an export would replace the text it checks quotations against */
               _("“%s” is the text of a source whose quotations the export checks: writing there "
                 "would destroy it; choose another file"), name);
  return FALSE;
}

static FvOutput *
open_direct (FvOutput  *output,
             int        fd,
             GError   **error)
{
  output->direct = TRUE;
  output->fd = fd;
  if (output->fd < 0)
    return open_failed (output, errno, error);
  return output;
}

/**
 * fv_output_open:
 * @path: a file name, or "-" for standard output
 * @must_not_be: (nullable): the file the export was made from, which it
 *   must not write over by any name: the model
 *
 * Opens where an export of @path writes: see the top of this file.
 *
 * Returns: (transfer full) (nullable): the output, to write to through
 *   fv_output_write() or fv_output_cairo_write() and to end with
 *   fv_output_commit(); %NULL, with @error set, when @path cannot be
 *   written
 */
FvOutput *
fv_output_open (const char  *path,
                GFile       *must_not_be,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *target = NULL;
  GFileCreateFlags flags = G_FILE_CREATE_NONE;
  FvOutput *output;
  GStatBuf info, out;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (must_not_be == NULL || G_IS_FILE (must_not_be), NULL);

  output = g_new0 (FvOutput, 1);
  output->path = g_strdup (path);
  output->fd = -1;

  /* Standard output, or a name of it (/dev/stdout, /proc/self/fd/1): the
   * descriptor we were given, whatever it is open on, with its offset
   * and its mode (a file opened to append is appended to). */
  if (g_str_equal (path, "-") ||
      (fstat (STDOUT_FILENO, &out) == 0 && g_stat (path, &info) == 0 && same_file (&info, &out) &&
       !S_ISDIR (info.st_mode)))
    {
      if (fstat (STDOUT_FILENO, &out) == 0 && is_input (&out, must_not_be))
        return refuse_input (output, error);
      return open_direct (output, dup (STDOUT_FILENO), error);
    }

  if (g_stat (path, &info) == 0)
    {
      if (is_input (&info, must_not_be))
        return refuse_input (output, error);
      if (S_ISDIR (info.st_mode))
        return open_failed (output, EISDIR, error);
      if (S_ISFIFO (info.st_mode) || S_ISCHR (info.st_mode))
        return open_direct (output, g_open (path, O_WRONLY | O_CLOEXEC, 0), error);
      if (!S_ISREG (info.st_mode))
        {
          g_autofree char *name = display_name (path);

          g_set_error (error, FV_OUTPUT_ERROR, FV_OUTPUT_ERROR_NOT_A_FILE,
                       _("“%s” is not a file that can be written: give a file name"), name);
          fv_output_free (output);
          return NULL;
        }
      output->replacing = TRUE;
      output->replaced = info;
      /* See the top of this file. */
      flags = G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION;
    }
  else if (errno != ENOENT)
    return open_failed (output, errno, error);

  target = resolve_links (path);
  if (target == NULL)
    return open_failed (output, errno, error);
  /* A link that leads nowhere a name can say (/proc/self/fd/3 to a pipe
   * that is gone): nothing to replace by name. */
  if (output->replacing && (g_stat (target, &info) != 0 || !same_file (&info, &output->replaced)))
    return open_direct (output, g_open (path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0), error);

  output->target = g_file_new_for_path (target);
  stream = g_file_replace (output->target, NULL, FALSE, flags, NULL, &local_error);
  if (stream == NULL)
    return open_failed (output, errno_from_gio (output, local_error), error);
  output->stream = G_OUTPUT_STREAM (g_steal_pointer (&stream));
  /* The bytes go to its descriptor as they would through the stream,
   * which buffers nothing: a failed write then says its errno. */
  output->fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (output->stream));
  output->created = !output->replacing && fstat (output->fd, &output->made) == 0;

  return output;
}

/**
 * fv_output_write:
 * @saved_errno: (out): why it failed
 *
 * Writes all of @data, through interruptions and short writes.
 *
 * Returns: whether it was all written
 */
gboolean
fv_output_write (FvOutput   *output,
                 const void *data,
                 gsize       length,
                 int        *saved_errno)
{
  const guchar *at = data;

  g_return_val_if_fail (output != NULL && output->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize n = write (output->fd, at, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *saved_errno = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      at += n;
      length -= n;
    }
  return TRUE;
}

/**
 * fv_output_watch:
 * @cancellable: (nullable): cancelling it makes the next write fail with
 *   ECANCELED
 * @progress: (nullable): told of each piece written
 *
 * What fv_output_cairo_write() checks before, and tells after, each write.
 */
void
fv_output_watch (FvOutput         *output,
                 GCancellable     *cancellable,
                 FvOutputProgress  progress,
                 gpointer          user_data)
{
  g_return_if_fail (output != NULL);

  output->cancellable = cancellable;
  output->progress = progress;
  output->progress_data = user_data;
}

/**
 * fv_output_cairo_write:
 * @output: an #FvOutput, as a cairo_write_func_t's closure
 *
 * A cairo_write_func_t for PNG, SVG and PDF surfaces. Cairo hands over
 * its output a few kilobytes at a time: the place where a long export
 * notices that it is no longer wanted.
 *
 * Returns: a cairo_status_t
 */
unsigned int
fv_output_cairo_write (void                *output,
                       const unsigned char *data,
                       unsigned int         length)
{
  FvOutput *self = output;

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      self->saved_errno = ECANCELED;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  if (!fv_output_write (self, data, length, &self->saved_errno))
    return CAIRO_STATUS_WRITE_ERROR;
  if (self->progress != NULL)
    self->progress (length, self->progress_data);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * fv_output_get_errno:
 *
 * Returns: why the last write of fv_output_cairo_write() failed, 0 when
 *   none has: cairo does not always say (see fv-chart-export.c)
 */
int
fv_output_get_errno (FvOutput *output)
{
  g_return_val_if_fail (output != NULL, 0);

  return output->saved_errno;
}

/**
 * fv_output_commit:
 *
 * Ends a complete export: a file replaced takes its place, with the mode
 * (and, where we may, the owner) of the one it replaces; a direct output
 * is closed, and its last error reported.
 *
 * Returns: whether everything written is where it was pointed
 */
gboolean
fv_output_commit (FvOutput  *output,
                  GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  int fd;

  g_return_val_if_fail (output != NULL, FALSE);

  if (output->direct)
    {
      g_return_val_if_fail (output->fd >= 0, FALSE);

      fd = output->fd;
      output->fd = -1;
      /* A pipe or a terminal cannot be synced; a device can say it is full. */
      if (fsync (fd) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP)
        {
          int saved = errno;

          close (fd);
          return fv_output_error (output, saved, error);
        }
      if (close (fd) != 0)
        return fv_output_error (output, errno, error);
      return TRUE;
    }

  g_return_val_if_fail (output->stream != NULL, FALSE);
  fd = output->fd;

  /* The file replaced keeps its permissions (a 0600 chart stays private)
   * and, where we may (as root), its owner; others keep their own. */
  if (output->replacing)
    {
      if (fchmod (fd, output->replaced.st_mode & 07777) != 0)
        return fv_output_error (output, errno, error);
      if (fchown (fd, output->replaced.st_uid, output->replaced.st_gid) != 0 && errno != EPERM)
        g_debug ("Could not keep the owner of “%s”: %s", output->path, g_strerror (errno));
    }

  /* Closing syncs the temporary and renames it over the file replaced. */
  output->fd = -1;
  if (!g_output_stream_close (output->stream, NULL, &local_error))
    {
      g_clear_object (&output->stream);
      return fv_output_error (output, errno_from_gio (output, local_error), error);
    }
  g_clear_object (&output->stream);
  output->created = FALSE;

  return TRUE;
}

/**
 * fv_output_free:
 *
 * Closes @output; an export not committed leaves nothing behind, and any
 * file that was there as it was.
 */
void
fv_output_free (FvOutput *output)
{
  if (output == NULL)
    return;

  if (output->fd >= 0 && output->direct)
    close (output->fd);
  if (output->stream != NULL)
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();
      GStatBuf info;

      /* Closed under a cancelled cancellable, the stream removes its
       * temporary and leaves the file it would replace as it was. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (output->stream, abandon, NULL);
      g_clear_object (&output->stream);

      /* A new file is written in place: what we made, if it is still
       * there under that name, goes. */
      if (output->created)
        {
          g_autofree char *path = g_file_get_path (output->target);

          if (path != NULL && g_lstat (path, &info) == 0 && same_file (&info, &output->made))
            g_unlink (path);
        }
    }
  g_clear_object (&output->target);
  g_clear_error (&output->write_error);
  g_free (output->path);
  g_free (output);
}
