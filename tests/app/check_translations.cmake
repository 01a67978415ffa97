# CI check: the committed .ts files are complete for the current sources. Runs lupdate (with the
# options the update_translations target uses) on copies in WORK_DIR, so a string added to the
# sources without a translation shows up as unfinished, then lets fieldenrol_i18n_check judge the
# copies and the Qt button translations.
#   -DLUPDATE= -DCHECK= -DLIST= -DOPTIONS=<lupdate options> -DTS_FILES=a|b -DPLURAL_TS= -DQT_TS=a|b
#   -DWORK_DIR= -DSOURCE_DIR=
string(REPLACE "|" ";" ts_files "${TS_FILES}")
string(REPLACE "|" ";" qt_ts_files "${QT_TS}")
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies)
foreach(ts ${ts_files})
  get_filename_component(name ${ts} NAME)
  file(COPY ${ts} DESTINATION ${WORK_DIR})
  list(APPEND copies ${WORK_DIR}/${name})
endforeach()
get_filename_component(plural_name ${PLURAL_TS} NAME)
file(COPY ${PLURAL_TS} DESTINATION ${WORK_DIR})
set(options ${OPTIONS})
execute_process(COMMAND ${LUPDATE} ${options} @${LIST} -ts ${copies}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
execute_process(COMMAND ${LUPDATE} ${options} -pluralonly @${LIST} -ts ${WORK_DIR}/${plural_name}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
execute_process(COMMAND ${CHECK} ts ${copies} ${WORK_DIR}/${plural_name} ${qt_ts_files} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Translations are incomplete: run `cmake --build <build> --target update_translations`, "
                      "then translate every message marked above.")
endif()
