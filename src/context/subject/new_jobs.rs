//! `新增城镇就业`, `新增劳动力就业`: the count of jobs newly found by a
//! kind of worker, an indicator named with its verb as `城镇新增就业` is.
//! `就业` is an event, no thing that is added: without `新增` the figure
//! would read as all who are employed (a stock), so the verb belongs to
//! the measure and stays in the subject (SPEC §2.1: the measure as
//! written). Other objects of `新增` are things added (`新增基础教育学位`
//! → `基础教育学位`).

/// Whether the verb `v` and `np`, the noun phrase after it, name new
/// jobs: `新增` before a phrase longer than `就业` alone (that one is
/// read where the verb follows a noun) ending in `就业`.
pub(super) fn names_new_jobs(v: &str, np: &str) -> bool {
    v == "新增" && np.chars().count() > 2 && (np.ends_with("就业") || np.ends_with("就業"))
}

#[cfg(test)]
mod tests {
    use super::names_new_jobs;

    #[test]
    fn new_jobs_keep_their_verb() {
        assert!(names_new_jobs("新增", "城镇就业"));
        assert!(names_new_jobs("新增", "勞動力就業"));
        assert!(!names_new_jobs("新增", "就业"));
        assert!(!names_new_jobs("新增", "基础教育学位"));
        assert!(!names_new_jobs("促进", "贫困劳动力就业"));
    }
}
