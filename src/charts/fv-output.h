/* fv-output.h — where an export writes, without destroying what is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FV_OUTPUT_ERROR (fv_output_error_quark ())

typedef enum
{
  FV_OUTPUT_ERROR_NOT_A_FILE,  /* a directory, a socket, a block device */
  FV_OUTPUT_ERROR_WRITE,       /* the file could not be written */
  FV_OUTPUT_ERROR_SAME_AS_INPUT, /* the file the export was made from */
} FvOutputError;

typedef struct _FvOutput FvOutput;

/* Called with each piece written, for a progress bar (from the writing
 * thread). */
typedef void (*FvOutputProgress) (gsize length, gpointer user_data);

GQuark     fv_output_error_quark (void);

FvOutput  *fv_output_open        (const char    *path,
                                  GFile         *must_not_be,
                                  GError       **error);
gboolean   fv_output_check_not_source_text (const char *path,
                                            GFile      *text_file,
                                            GError    **error);
gboolean   fv_output_write       (FvOutput      *output,
                                  const void    *data,
                                  gsize          length,
                                  int           *saved_errno);
void       fv_output_watch       (FvOutput        *output,
                                  GCancellable    *cancellable,
                                  FvOutputProgress progress,
                                  gpointer         user_data);
unsigned int fv_output_cairo_write (void                *output,
                                    const unsigned char *data,
                                    unsigned int         length);
int        fv_output_get_errno   (FvOutput      *output);
gboolean   fv_output_commit      (FvOutput      *output,
                                  GError       **error);
void       fv_output_free        (FvOutput      *output);
gboolean   fv_output_error       (FvOutput      *output,
                                  int            saved_errno,
                                  GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvOutput, fv_output_free)

G_END_DECLS
