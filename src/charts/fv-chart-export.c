/* fv-chart-export.c — a chart as a PNG file, drawn afresh at any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PNG goes to a temporary file beside the target and replaces it only
 * once complete, so that a full disk or a crash never leaves half a file,
 * nor destroys the file that was there.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fv-chart-export.h"

G_DEFINE_QUARK (fv-chart-export-error-quark, fv_chart_export_error)

gboolean
fv_chart_export_check_size (int      width,
                            int      height,
                            int      scale,
                            GError **error)
{
  if (width < FV_CHART_EXPORT_MIN_SIZE || width > FV_CHART_EXPORT_MAX_SIZE ||
      height < FV_CHART_EXPORT_MIN_SIZE || height > FV_CHART_EXPORT_MAX_SIZE)
    {
      g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_SIZE,
                   _("A chart is from %d to %d pixels wide and high, not %d × %d"),
                   FV_CHART_EXPORT_MIN_SIZE, FV_CHART_EXPORT_MAX_SIZE, width, height);
      return FALSE;
    }

  if (scale < 1 || scale > FV_CHART_EXPORT_MAX_SCALE)
    {
      g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_SIZE,
                   _("The scale is from 1 to %d, not %d"), FV_CHART_EXPORT_MAX_SCALE, scale);
      return FALSE;
    }

  /* The image is drawn whole in memory, four bytes a pixel: 8000 × 8000 at
   * scale 4 would take 4 GB and most of a minute. At most a gigabyte, and
   * at most half the memory that is free. */
  {
    guint64 bytes = (guint64) width * scale * height * scale * 4;
    long pages = sysconf (_SC_AVPHYS_PAGES), page_size = sysconf (_SC_PAGESIZE);
    guint64 limit = FV_CHART_EXPORT_MAX_BYTES;

    if (pages > 0 && page_size > 0)
      limit = MIN (limit, (guint64) pages * page_size / 2);
    if (bytes > limit)
      {
        g_autofree char *needed = g_format_size (bytes);
        g_autofree char *allowed = g_format_size (limit);

        g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_SIZE,
                     _("An image of %d × %d pixels would take %s of memory, more than the %s "
                       "it may: choose a smaller size or scale"),
                     width * scale, height * scale, needed, allowed);
        return FALSE;
      }
  }

  return TRUE;
}

typedef struct
{
  int fd;
  int saved_errno;
} Writer;

static cairo_status_t
write_all (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  Writer *writer = closure;

  while (length > 0)
    {
      ssize_t n = write (writer->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          writer->saved_errno = n < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= n;
    }

  return CAIRO_STATUS_SUCCESS;
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

static gboolean
write_error (GError     **error,
             const char  *path,
             int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/**
 * fv_chart_export_png:
 * @width: @height: the size in logical pixels
 * @scale: pixels per logical pixel: the PNG is @width × @scale wide
 * @languages: (nullable): the reader's, from fv_languages_new(); %NULL for
 *   the model's own
 *
 * Draws @chart into a PNG at @path, replacing what is there only when the
 * PNG is complete.
 */
gboolean
fv_chart_export_png (FvModel            *model,
                     const FvChart      *chart,
                     int                 width,
                     int                 height,
                     int                 scale,
                     const FvChartStyle *style,
                     const char * const *languages,
                     const char         *path,
                     GError            **error)
{
  FvChartState state = { .languages = languages };
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Writer writer = { -1, 0 };
  GStatBuf replaced;
  gboolean unnamed = FALSE, named;
  cairo_t *cr;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Before any memory is taken for the image. */
  if (!fv_chart_export_check_size (width, height, scale, error))
    return FALSE;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return write_error (error, path, EISDIR);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
#ifdef O_TMPFILE
  /* A file without a name until it is complete: an export that is killed
   * leaves nothing behind. Where the file system cannot, a named one. */
  writer.fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  unnamed = writer.fd >= 0;
#endif
  if (!unnamed)
    writer.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (writer.fd < 0)
    return write_error (error, path, errno);
  named = !unnamed;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  fv_chart_draw (cr, model, chart, width, height, style, &state);
  cairo_destroy (cr);

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_all, &writer);
  cairo_surface_destroy (surface);

  /* The file replaced keeps its permissions (a 0600 chart stays private)
   * and, where we may, its owner. */
  if (status == CAIRO_STATUS_SUCCESS && g_stat (path, &replaced) == 0 &&
      S_ISREG (replaced.st_mode))
    {
      if (fchmod (writer.fd, replaced.st_mode & 07777) != 0)
        {
          writer.saved_errno = errno;
          status = CAIRO_STATUS_WRITE_ERROR;
        }
      /* The owner too where we may (as root); others keep their own. */
      else if (fchown (writer.fd, replaced.st_uid, replaced.st_gid) != 0 && errno != EPERM)
        g_debug ("Could not keep the owner of “%s”: %s", path, g_strerror (errno));
    }

  if (status == CAIRO_STATUS_SUCCESS && fsync (writer.fd) != 0)
    {
      writer.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  /* The complete file gets a name of its own, beside the one it replaces. */
  if (unnamed && status == CAIRO_STATUS_SUCCESS)
    {
      if (link_unnamed (writer.fd, tmp_path))
        named = TRUE;
      else
        {
          writer.saved_errno = errno;
          status = CAIRO_STATUS_WRITE_ERROR;
        }
    }
  if (close (writer.fd) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      writer.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status == CAIRO_STATUS_SUCCESS && g_rename (tmp_path, path) != 0)
    {
      writer.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* An unnamed file went with its descriptor; a named one is ours. */
      if (named)
        g_unlink (tmp_path);
      if (writer.saved_errno == 0)
        {
          g_set_error (error, FV_CHART_EXPORT_ERROR, FV_CHART_EXPORT_ERROR_WRITE,
                       _("Could not draw the chart: %s"), cairo_status_to_string (status));
          return FALSE;
        }
      return write_error (error, path, writer.saved_errno);
    }

  return TRUE;
}
