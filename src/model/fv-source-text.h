/* fv-source-text.h — the text a source was made from, in paragraphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An article is a few hundred kilobytes, a saved web page a few megabytes;
 * past this a file is not one source's text. */
#define FV_SOURCE_TEXT_MAX_SIZE (16 * 1024 * 1024)

#define FV_SOURCE_TEXT_ERROR (fv_source_text_error_quark ())

typedef enum
{
  FV_SOURCE_TEXT_ERROR_NOT_REGULAR,
  FV_SOURCE_TEXT_ERROR_TOO_LARGE,
  FV_SOURCE_TEXT_ERROR_NOT_UTF8,
  FV_SOURCE_TEXT_ERROR_NO_PARAGRAPHS,
} FvSourceTextError;

typedef struct _FvSourceText FvSourceText;

GQuark        fv_source_text_error_quark      (void);
FvSourceText *fv_source_text_new_from_bytes   (GBytes             *bytes,
                                               gboolean            html,
                                               GError            **error);
FvSourceText *fv_source_text_new_from_file    (GFile              *file,
                                               GCancellable       *cancellable,
                                               GError            **error);
FvSourceText *fv_source_text_ref              (FvSourceText       *self);
void          fv_source_text_unref            (FvSourceText       *self);
guint         fv_source_text_get_n_paragraphs (const FvSourceText *self);
const char   *fv_source_text_get_paragraph    (const FvSourceText *self,
                                               guint               number);
const char   *fv_source_text_get_sha256       (const FvSourceText *self);
GFile        *fv_source_text_get_file         (const FvSourceText *self);
gboolean      fv_source_text_looks_like_html  (GBytes             *bytes,
                                               const char         *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvSourceText, fv_source_text_unref)

G_END_DECLS
