/* fv-output.c — where an export writes, without destroying what is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export goes where the person points, and never leaves half a file or
 * destroys one:
 * - a regular file (or none yet) is replaced only once the new one is
 *   complete: the bytes go to a file without a name (O_TMPFILE, so that a
 *   killed export leaves nothing) or to a named temporary beside it, which
 *   takes the old one's place by rename(), keeping its mode and, where we
 *   may, its owner;
 * - a symbolic link is written through: its target is replaced so, and the
 *   link stays a link (rename() over the link would replace the link);
 * - "-" is standard output, and a FIFO or a character device (/dev/full,
 *   a terminal) is written directly: there is nothing to replace, and a
 *   write that fails is an error, not a success;
 * - a folder, a socket or a block device is refused before anything is
 *   drawn.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "fv-output.h"

G_DEFINE_QUARK (fv-output-error-quark, fv_output_error)

struct _FvOutput
{
  char     *path;      /* as given, for messages */
  char     *target;    /* where the bytes end up */
  char     *tmp_path;  /* the named temporary, or the template of a name */
  int       fd;
  gboolean  direct;    /* written in place: standard output, a FIFO, a device */
  gboolean  unnamed;   /* an O_TMPFILE, without a name until it is complete */
  gboolean  named;     /* tmp_path exists, and is ours to remove */
  gboolean  replacing; /* a regular file is there: keep its mode and owner */
  GStatBuf  replaced;

  /* What fv_output_cairo_write() checks and tells. */
  GCancellable     *cancellable;
  FvOutputProgress  progress;
  gpointer          progress_data;
  int               saved_errno;
};

static char *
display_name (const char *path)
{
  if (g_str_equal (path, "-"))
    return g_strdup (_("standard output"));
  return g_filename_display_name (path);
}

/**
 * fv_output_error:
 * @saved_errno: what failed
 *
 * Sets @error to "Could not write “PATH”: REASON".
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
               name, g_strerror (saved_errno));
  return FALSE;
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

/**
 * fv_output_open:
 * @path: a file name, or "-" for standard output
 *
 * Opens where an export of @path writes: see the top of this file.
 *
 * Returns: (transfer full) (nullable): the output, to write to through
 *   fv_output_write() or fv_output_cairo_write() and to end with
 *   fv_output_commit(); %NULL, with
 *   @error set, when @path cannot be written
 */
FvOutput *
fv_output_open (const char  *path,
                GError     **error)
{
  FvOutput *output;
  GStatBuf info;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  output = g_new0 (FvOutput, 1);
  output->path = g_strdup (path);
  output->fd = -1;

  if (g_str_equal (path, "-"))
    {
      output->target = g_strdup (path);
      output->direct = TRUE;
      output->fd = dup (STDOUT_FILENO);
      if (output->fd < 0)
        return open_failed (output, errno, error);
      return output;
    }

  output->target = resolve_links (path);
  if (output->target == NULL)
    return open_failed (output, errno, error);

  if (g_stat (output->target, &info) == 0)
    {
      if (S_ISDIR (info.st_mode))
        return open_failed (output, EISDIR, error);
      if (S_ISFIFO (info.st_mode) || S_ISCHR (info.st_mode))
        {
          output->direct = TRUE;
          output->fd = g_open (output->target, O_WRONLY | O_CLOEXEC, 0);
          if (output->fd < 0)
            return open_failed (output, errno, error);
          return output;
        }
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
    }
  else if (errno != ENOENT)
    return open_failed (output, errno, error);

  dir = g_path_get_dirname (output->target);
  base = g_path_get_basename (output->target);
  output->tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
#ifdef O_TMPFILE
  /* A file without a name until it is complete: an export that is killed
   * leaves nothing behind. Where the file system cannot, a named one. */
  output->fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  output->unnamed = output->fd >= 0;
#endif
  if (!output->unnamed)
    {
      output->fd = g_mkstemp_full (output->tmp_path, O_WRONLY | O_CLOEXEC, 0666);
      if (output->fd < 0)
        return open_failed (output, errno, error);
      output->named = TRUE;
    }

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

/* Gives the unnamed file FD a name: TEMPLATE, its XXXXXX made unique. */
static gboolean
link_unnamed (int   fd,
              char *template)
{
#ifdef O_TMPFILE
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  char *x = template + strlen (template) - 6;

  for (guint tries = 0; tries < 100; tries++)
    {
      for (guint i = 0; i < 6; i++)
        x[i] = letters[g_random_int_range (0, sizeof letters - 1)];
      if (linkat (AT_FDCWD, proc, AT_FDCWD, template, AT_SYMLINK_FOLLOW) == 0)
        return TRUE;
      if (errno != EEXIST)
        return FALSE;
    }
  errno = EEXIST;
#else
  errno = ENOTSUP;
#endif
  return FALSE;
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
  int fd;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (output->fd >= 0, FALSE);

  if (output->direct)
    {
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

  /* The file replaced keeps its permissions (a 0600 chart stays private)
   * and, where we may (as root), its owner; others keep their own. */
  if (output->replacing)
    {
      if (fchmod (output->fd, output->replaced.st_mode & 07777) != 0)
        return fv_output_error (output, errno, error);
      if (fchown (output->fd, output->replaced.st_uid, output->replaced.st_gid) != 0 &&
          errno != EPERM)
        g_debug ("Could not keep the owner of “%s”: %s", output->target, g_strerror (errno));
    }

  if (fsync (output->fd) != 0)
    return fv_output_error (output, errno, error);

  /* The complete file gets a name of its own, beside the one it replaces. */
  if (output->unnamed)
    {
      if (!link_unnamed (output->fd, output->tmp_path))
        return fv_output_error (output, errno, error);
      output->named = TRUE;
    }

  fd = output->fd;
  output->fd = -1;
  if (close (fd) != 0)
    return fv_output_error (output, errno, error);

  if (g_rename (output->tmp_path, output->target) != 0)
    return fv_output_error (output, errno, error);
  output->named = FALSE;

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

  if (output->fd >= 0)
    close (output->fd);
  /* An unnamed file went with its descriptor; a named one is ours. */
  if (output->named)
    g_unlink (output->tmp_path);
  g_free (output->path);
  g_free (output->target);
  g_free (output->tmp_path);
  g_free (output);
}
