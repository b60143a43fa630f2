print("never: sys is built in")
