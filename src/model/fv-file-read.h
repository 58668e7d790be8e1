/* fv-file-read.h — a regular file's bytes, read up to a bound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Why a file was not read, for the caller to say in its own words (a fact
 * model, a source's text). */
typedef enum
{
  FV_FILE_READ_OK,
  FV_FILE_READ_FAILED,       /* the system's error is set */
  FV_FILE_READ_FOLDER,
  FV_FILE_READ_NOT_REGULAR,  /* a device, a pipe, a socket */
  FV_FILE_READ_TOO_LARGE,    /* larger than the bound, as the file system says */
} FvFileRead;

FvFileRead fv_file_read_bounded (GFile         *file,
                                 gsize          max_size,
                                 GCancellable  *cancellable,
                                 GBytes       **bytes,
                                 GError       **error);

G_END_DECLS
