/* fv-window.h — the main window: the story's facts in three tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-model.h"

G_BEGIN_DECLS

#define FV_TYPE_WINDOW (fv_window_get_type ())

G_DECLARE_FINAL_TYPE (FvWindow, fv_window, FV, WINDOW, GtkApplicationWindow)

FvWindow *fv_window_new        (GtkApplication *application);
FvModel  *fv_window_get_model  (FvWindow       *self);
void      fv_window_set_model  (FvWindow       *self,
                                FvModel        *model);
gboolean  fv_window_open_file  (FvWindow       *self,
                                GFile          *file);
void        fv_window_load_file            (FvWindow   *self,
                                            GFile      *file);
gboolean    fv_window_is_loading           (FvWindow   *self);
const char *fv_window_get_content_language (FvWindow   *self);
void        fv_window_set_content_language (FvWindow   *self,
                                            const char *language);

G_END_DECLS
