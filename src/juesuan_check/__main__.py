from juesuan_check.cli import main

main()
