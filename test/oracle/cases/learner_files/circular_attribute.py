# b imports a while a's code is still running, and uses a name a has not defined yet.
import a
