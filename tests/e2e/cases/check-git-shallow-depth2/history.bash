# Shared by check-git-shallow*: $WORK/origin, a repository of three commits
# with fixed dates (so fixed ids), each back-dating one step by 150+ days:
# its full clone gives W125 for steps 1, 2 and 3.
mkdir -p "$WORK/origin"
cp "$case_dir/../bad-dup-step-id/ws/plan.yaml" "$WORK/origin/"
cd "$WORK/origin"
export GIT_AUTHOR_NAME=scmplan GIT_AUTHOR_EMAIL=scmplan@example.org
export GIT_COMMITTER_NAME=scmplan GIT_COMMITTER_EMAIL=scmplan@example.org
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_SYSTEM=/dev/null
git init -q -b main .
commit() {  # DATE MESSAGE
  git add -A
  GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" git commit -q -m "$2"
}
activity() {  # the steps, one line each
  printf 'scmplan: 1\nkind: activity\nplan: demo-2566\nid: A01\ntitle: กิจกรรมทดสอบ\nowners: [ส.ตต.]\n'
  printf 'period: {start: 2023-01-01, end: 2023-12-31}\nsteps:\n'
  printf '  %s\n' "$@"
}
activity '- {id: "1", title: หนึ่ง, done: 2023-01-02}' '- {id: "2", title: สอง}' '- {id: "3", title: สาม}' > A01.yaml
commit "2023-06-05T10:00:00+07:00" "step 1 done"
activity '- {id: "1", title: หนึ่ง, done: 2023-01-02}' '- {id: "2", title: สอง, done: 2023-02-01}' \
  '- {id: "3", title: สาม}' > A01.yaml
commit "2023-07-01T09:00:00+07:00" "step 2 done"
activity '- {id: "1", title: หนึ่ง, done: 2023-01-02}' '- {id: "2", title: สอง, done: 2023-02-01}' \
  '- {id: "3", title: สาม, done: 2023-03-01}' > A01.yaml
commit "2023-08-01T09:00:00+07:00" "step 3 done"
cd - >/dev/null
