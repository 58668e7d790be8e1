/* fv-file-read.c — a regular file's bytes, read up to a bound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one way Fact Viewer reads a file a person chose: a fact model (for
 * loading, live reload and the command line alike) and a source's text.
 */
#include "config.h"

#include "fv-file-read.h"

/**
 * fv_file_read_bounded:
 * @max_size: the largest file the caller takes
 * @bytes: (out): the file's bytes, when FV_FILE_READ_OK
 *
 * Reads @file when it is a regular file no larger than @max_size, as the
 * file system says; and then at most @max_size + 1 bytes of it, so that a
 * file that grows while it is read cannot take all memory. A caller that
 * gets more than @max_size bytes refuses them as too large.
 *
 * Returns: FV_FILE_READ_OK, or why the file was not read; @error is set
 *   only for FV_FILE_READ_FAILED
 */
FvFileRead
fv_file_read_bounded (GFile         *file,
                      gsize          max_size,
                      GCancellable  *cancellable,
                      GBytes       **bytes,
                      GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  gsize limit = max_size + 1;

  g_return_val_if_fail (G_IS_FILE (file), FV_FILE_READ_FAILED);
  g_return_val_if_fail (bytes != NULL && *bytes == NULL, FV_FILE_READ_FAILED);
  g_return_val_if_fail (max_size < G_MAXSIZE, FV_FILE_READ_FAILED);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FV_FILE_READ_FAILED;

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      break;
    case G_FILE_TYPE_DIRECTORY:
      return FV_FILE_READ_FOLDER;
    default:
      return FV_FILE_READ_NOT_REGULAR;
    }

  if ((guint64) g_file_info_get_size (info) > max_size)
    return FV_FILE_READ_TOO_LARGE;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FV_FILE_READ_FAILED;

  buffer = g_byte_array_sized_new (MIN ((gsize) g_file_info_get_size (info) + 1, limit));
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, error);
      if (n < 0)
        return FV_FILE_READ_FAILED;
      if (n == 0)
        break;

      g_byte_array_append (buffer, chunk, MIN ((gsize) n, limit - buffer->len));
      if (buffer->len >= limit)
        break;
    }

  *bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  return FV_FILE_READ_OK;
}
