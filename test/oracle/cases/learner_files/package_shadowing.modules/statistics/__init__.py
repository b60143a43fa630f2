MY_OWN = "the learner's statistics package"
