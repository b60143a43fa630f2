print("never: os is loaded at start-up")
